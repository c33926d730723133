import type { Core } from '@strapi/strapi';
import type { Notifier } from '../../revalidation/notifier';
import type { Generation } from '../../response-cache/generation';
import { documentMiddlewares } from '../order';

const strapi = {} as Core.Strapi;
const generation = {} as Generation;

/**
 * The order is load-bearing (each middleware runs around every later one: see each entry's `position`). Changing
 * it means changing this list on purpose, with the reason in order.ts.
 */
describe('the document middlewares', () => {
  it('run in this order, outermost first', () => {
    expect(documentMiddlewares(strapi, { generation }).map(({ name }) => name)).toEqual([
      'awaitCacheInvalidation',
      'richTextBounds',
      'titleSlugs',
      'articlePositions',
      'articleDerivedFields',
      'articlePublishCheck',
      'scheduleFields',
      'slugRedirects',
      'liveIssuesKeepAnArticle',
      'issueGoesLiveWithArticles',
      'issueIntegrity',
      'issueLabels',
    ]);
  });

  it('end with the website’s revalidation when the site is configured, and each says why it sits where it does', () => {
    const entries = documentMiddlewares(strapi, { generation, notifier: {} as Notifier });
    expect(entries.at(-1)?.name).toBe('revalidation');
    for (const { position, middleware } of entries) {
      expect(position.length).toBeGreaterThan(20);
      expect(typeof middleware).toBe('function');
    }
  });
});
