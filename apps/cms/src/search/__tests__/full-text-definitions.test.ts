import { postgresIndex } from '../full-text/postgres-index';
import { sqliteIndex } from '../full-text/sqlite-index';
import type { SearchTables } from '../full-text/tables';
import { searchLanguage } from '../search-language';

const link = (table: string, owner: string, target: string, targetTable: string) => ({ table, owner, target, targetTable });
const tables: SearchTables = {
  articles: 'articles',
  authors: link('articles_authors_lnk', 'article_id', 'author_id', 'authors'),
  section: link('articles_section_lnk', 'article_id', 'section_id', 'sections'),
  tags: link('articles_tags_lnk', 'article_id', 'tag_id', 'tags'),
  issue: link('articles_issue_lnk', 'article_id', 'issue_id', 'issues'),
  volume: link('issues_volume_lnk', 'issue_id', 'volume_id', 'volumes'),
};

describe('the full-text index definitions', () => {
  it('stem English with porter on SQLite and match other languages word for word', () => {
    expect(sqliteIndex(tables, searchLanguage('english')).create[0]).toContain(`tokenize = 'porter unicode61 remove_diacritics 2'`);
    expect(sqliteIndex(tables, searchLanguage('french')).create[0]).toContain(`tokenize = 'unicode61 remove_diacritics 2'`);
  });

  it('stem with the language’s Snowball dictionary on PostgreSQL, or none for simple', () => {
    expect(postgresIndex(tables, searchLanguage('german')).create.join('\n')).toContain('Language = german');
    expect(postgresIndex(tables, searchLanguage('simple')).create.join('\n')).not.toContain('snowball');
  });

  it('differ by language, so a change of MASTHEAD_SEARCH_LANGUAGE rebuilds the index at the next start', () => {
    for (const make of [sqliteIndex, postgresIndex]) {
      expect(make(tables, searchLanguage('english')).create).not.toEqual(make(tables, searchLanguage('simple')).create);
    }
  });

  it('keep the index with a trigger on every table whose rows it reads', () => {
    for (const index of [sqliteIndex(tables, searchLanguage('english')), postgresIndex(tables, searchLanguage('english'))]) {
      const triggers = index.create.filter((sql) => sql.startsWith('CREATE TRIGGER')).join('\n');
      for (const table of [
        'articles',
        'articles_authors_lnk',
        'articles_section_lnk',
        'articles_tags_lnk',
        'authors',
        'sections',
        'tags',
      ]) {
        expect([table, triggers.includes(` ON "${table}"`)]).toEqual([table, true]);
      }
    }
  });
});
