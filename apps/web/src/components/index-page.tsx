import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** One entry of an index page: a name linking to its page, and a line about it. */
export interface IndexEntry {
  key: string;
  href: string;
  name: string;
  about?: ReactNode;
}

/** An index page's title, description and canonical URL. */
export function indexMetadata(title: string, description: string, canonical: string): Metadata {
  return { title, description, alternates: { canonical } };
}

/** The index of a kind of page (every section, topic or source): a heading and its entries, each a link. */
export function IndexPage({ title, entries, empty }: { title: string; entries: IndexEntry[]; empty: string }) {
  return (
    <section>
      <header className="list-header">
        <p className="eyebrow">Index</p>
        <h1>{title}</h1>
      </header>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="index-list">
          {entries.map((entry) => (
            <li key={entry.key}>
              <Link href={entry.href}>{entry.name}</Link>
              {entry.about ? <span className="index-about">{entry.about}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
