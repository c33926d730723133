import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * Ranking quality on a judged set (tests/fixtures/search-relevance.yaml): NDCG@5, the standard measure of whether
 * the articles a reader wants come first, with graded judgements (gain 2^grade − 1, discounted by log2 of the rank).
 * The figure for each database is reported in docs/benchmarks.md; this test keeps it from sliding.
 */
interface Judged {
  query: string;
  judged: Record<string, number>;
}

const { queries } = parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'search-relevance.yaml'), 'utf8')) as { queries: Judged[] };
const RANKS = 5;
/** The mean NDCG@5 the engines must keep (both reach more on the sample; see docs/benchmarks.md). */
const MEAN_NDCG_FLOOR = 0.9;

const cms = useCms();

const dcg = (grades: number[]) => grades.slice(0, RANKS).reduce((sum, grade, rank) => sum + (2 ** grade - 1) / Math.log2(rank + 2), 0);

/** NDCG@5 of one ranking: its DCG over the best DCG the judgements allow. */
export function ndcgAt5(ranking: string[], judged: Record<string, number>): number {
  const ideal = dcg(Object.values(judged).sort((a, b) => b - a));
  return dcg(ranking.map((slug) => judged[slug] ?? 0)) / ideal;
}

async function ranking(query: string): Promise<string[]> {
  const response = await request(cms.strapi.server.httpServer).get('/api/search').query({ q: query, pageSize: RANKS }).expect(200);
  return response.body.data.map((article: { slug: string }) => article.slug);
}

describe('search relevance on the judged sample set', () => {
  it('judges only live articles of the sample', () => {
    const live = new Set(sample.liveArticles.map((article) => article.slug));
    for (const { judged } of queries) for (const slug of Object.keys(judged)) expect([slug, live.has(slug)]).toEqual([slug, true]);
  });

  it(`never puts an unjudged article first, and keeps the mean NDCG@5 at ${MEAN_NDCG_FLOOR} or more`, async () => {
    const scores: Array<{ query: string; ndcg: number; first: string | undefined }> = [];
    const firsts: Array<[string, string | null, number]> = [];
    for (const { query, judged } of queries) {
      const found = await ranking(query);
      scores.push({ query, ndcg: ndcgAt5(found, judged), first: found[0] });
      firsts.push([query, found[0] ?? null, judged[found[0] ?? ''] ?? 0]);
    }
    const mean = scores.reduce((sum, score) => sum + score.ndcg, 0) / scores.length;
    // Printed for docs/benchmarks.md: `npx jest --selectProjects api:sqlite api:postgres -- tests/api/search-relevance.test.ts`.
    process.stdout.write(
      `NDCG@5 (${process.env.MASTHEAD_TEST_DATABASE ?? 'sqlite'}): mean ${mean.toFixed(3)} over ${scores.length} queries; ` +
        `lowest ${scores
          .sort((a, b) => a.ndcg - b.ndcg)
          .slice(0, 3)
          .map((score) => `${score.query} ${score.ndcg.toFixed(2)}`)
          .join(', ')}\n`,
    );
    expect(firsts.filter(([, , grade]) => grade === 0)).toEqual([]);
    expect(mean).toBeGreaterThanOrEqual(MEAN_NDCG_FLOOR);
  });
});
