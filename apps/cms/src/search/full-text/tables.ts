import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';

/** A many-to-one or many-to-many link from an article (or an issue) to another row, as Strapi stores it. */
export interface Link {
  table: string;
  /** The column holding the owning row's id (`article_id`). */
  owner: string;
  /** The column holding the linked row's id (`section_id`). */
  target: string;
  targetTable: string;
}

/** The tables search reads, named as Strapi named them (PostgreSQL shortens long names), never spelled by hand. */
export interface SearchTables {
  articles: string;
  authors: Link;
  section: Link;
  tags: Link;
  issue: Link;
  /** From an issue to its volume. */
  volume: Link;
}

interface RelationMetadata {
  type: string;
  target?: string;
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}

function link(strapi: Core.Strapi, uid: string, attribute: string): Link {
  const metadata = strapi.db.metadata.get(uid).attributes[attribute] as RelationMetadata | undefined;
  if (metadata?.type !== 'relation' || !metadata.target || !metadata.joinTable)
    throw new Error(`Search expects ${uid}.${attribute} to be a relation stored in a join table`);
  return {
    table: metadata.joinTable.name,
    owner: metadata.joinTable.joinColumn.name,
    target: metadata.joinTable.inverseJoinColumn.name,
    targetTable: strapi.db.metadata.get(metadata.target).tableName,
  };
}

export function searchTables(strapi: Core.Strapi): SearchTables {
  return {
    articles: strapi.db.metadata.get(UID.article).tableName,
    authors: link(strapi, UID.article, 'authors'),
    section: link(strapi, UID.article, 'section'),
    tags: link(strapi, UID.article, 'tags'),
    issue: link(strapi, UID.article, 'issue'),
    volume: link(strapi, UID.issue, 'volume'),
  };
}
