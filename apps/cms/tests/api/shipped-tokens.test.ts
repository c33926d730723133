import { removeStrapiDefaultFullAccessToken } from '../../src/api-tokens/strapi-default-token';
import { useCms } from '../harness/cms';

/**
 * Masthead ships no token that can write: Strapi's admin creates a "Full Access" token on a first start, and the
 * CMS removes it. Full-access tokens an operator makes on purpose stay.
 */
const tokens = () => cms.strapi.db.query('admin::api-token');
const tokenService = () => cms.strapi.service('admin::api-token-content-api');

const cms = useCms({ seed: false, scheduler: false });

const STRAPI_DEFAULT = {
  name: 'Full Access',
  description: 'A default API token with full access permissions, used for accessing or modifying resources',
  type: 'full-access',
  lifespan: null,
};

describe('the API tokens a new installation has', () => {
  it('include no full-access token, though Strapi made its defaults on this first start', async () => {
    const names = (await tokens().findMany({ select: ['name', 'type'] })) as Array<{ name: string; type: string }>;
    // Strapi's other default is there: the first start did create the pair.
    expect(names).toContainEqual({ name: 'Read Only', type: 'read-only' });
    expect(names.filter((token) => token.type === 'full-access')).toEqual([]);
  });

  it('lose Strapi’s default Full Access token again should it come back, and keep one an operator made', async () => {
    await tokenService().create(STRAPI_DEFAULT);
    await tokenService().create({
      ...STRAPI_DEFAULT,
      name: 'Archive migration',
      description: 'Imports the 2010–2020 archive; revoke after.',
    });
    await cms.restart();
    const left = (await tokens().findMany({ where: { type: 'full-access' }, select: ['name'] })) as Array<{ name: string }>;
    expect(left.map((token) => token.name)).toEqual(['Archive migration']);
    expect(await removeStrapiDefaultFullAccessToken(cms.strapi)).toBe(0);
  }, 180_000);
});
