import path from 'node:path';
import { loadSamplePublication, sampleContentDir } from '../../src/seed/load-sample-publication';
import type { SampleArticle, SampleIssue } from '../../src/seed/sample-schema';

const samplePublication = loadSamplePublication(sampleContentDir(path.resolve(__dirname, '..', '..')));

/** What the seeded sample publication must look like through the API, derived from the sample data itself. */
const issues: Array<SampleIssue & { volume: number }> = samplePublication.volumes.flatMap((volume) =>
  volume.issues.map((issue) => ({ ...issue, volume: volume.number })),
);

const articles: Array<SampleArticle & { live: boolean; issue: SampleIssue & { volume: number } }> = issues.flatMap((issue) =>
  issue.articles.map((article) => ({ ...article, issue, live: !issue.draft && !article.draft })),
);

export const sample = {
  publication: samplePublication,
  liveIssues: issues.filter((issue) => !issue.draft),
  draftIssues: issues.filter((issue) => issue.draft),
  liveArticles: articles.filter((article) => article.live),
  draftArticles: articles.filter((article) => !article.live),
  authorEmails: samplePublication.authors.map((author) => author.email),
};
