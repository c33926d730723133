import { CmsNetworkError } from '@masthead/client';
import { resilientMetadata } from '../resilient-metadata';

describe('resilientMetadata', () => {
  it('passes arguments and results through', async () => {
    const generate = resilientMetadata(async (slug: string): Promise<{ title?: string }> => ({ title: slug }), {});
    await expect(generate('night-buses')).resolves.toEqual({ title: 'night-buses' });
  });

  it('answers the fallback when the CMS cannot be read', async () => {
    const generate = resilientMetadata(
      async () => {
        throw new CmsNetworkError('http://cms.test/api/articles', new TypeError('fetch failed'));
      },
      { title: 'fallback' },
    );
    await expect(generate()).resolves.toEqual({ title: 'fallback' });
  });

  it('lets every other error through', async () => {
    const generate = resilientMetadata(async () => {
      throw new TypeError('a bug');
    }, {});
    await expect(generate()).rejects.toThrow('a bug');
  });
});
