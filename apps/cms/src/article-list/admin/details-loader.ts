import { getFetchClient } from '@strapi/strapi/admin';
import type { ArticleListDetails } from '../list-details';

/**
 * Loads the article list's extra columns for a whole page at once: every cell asks for its row, and the rows asked
 * for within one tick go to the CMS as one request. Answers are kept by documentId *and* updatedAt, so a row that
 * was edited since is asked again and an unchanged one is not.
 */
type Row = { documentId: string; updatedAt?: string | null };

const answers = new Map<string, Promise<ArticleListDetails | null>>();
let pending: Array<{ row: Row; resolve(details: ArticleListDetails | null): void; reject(error: unknown): void }> = [];

const keyOf = (row: Row) => `${row.documentId}@${row.updatedAt ?? ''}`;

export function articleListDetailsOf(row: Row): Promise<ArticleListDetails | null> {
  const key = keyOf(row);
  let answer = answers.get(key);
  if (!answer) {
    answer = new Promise((resolve, reject) => {
      if (pending.length === 0) setTimeout(flush, 0);
      pending.push({ row, resolve, reject });
    });
    answers.set(key, answer);
    // A failed load is not kept: the next render asks again.
    answer.catch(() => answers.delete(key));
  }
  return answer;
}

async function flush(): Promise<void> {
  const batch = pending;
  pending = [];
  const documentIds = [...new Set(batch.map(({ row }) => row.documentId))].join(',');
  try {
    const { data } = await getFetchClient().get<{ data: Record<string, ArticleListDetails> }>('/masthead/articles/list-details', {
      params: { documentIds },
    });
    for (const { row, resolve } of batch) resolve(data.data[row.documentId] ?? null);
  } catch (error) {
    for (const { reject } of batch) reject(error);
  }
}
