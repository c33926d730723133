import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidWebEnvError, PAGE_REVALIDATE_SECONDS, parseWebEnv } from '../env';

describe('the website environment', () => {
  it('takes the defaults, and empty strings as unset', () => {
    const env = parseWebEnv({ CMS_URL: '', REVALIDATE_SECONDS: '' });
    expect([env.CMS_URL, env.REVALIDATE_SECONDS]).toEqual(['http://localhost:1337', 300]);
  });

  it('refuses bad values with a typed error naming every variable', () => {
    let caught: unknown;
    try {
      parseWebEnv({ CMS_URL: 'not a url', REVALIDATE_SECRET: 'short', REVALIDATE_SECONDS: '0' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidWebEnvError);
    const { issues, message } = caught as InvalidWebEnvError;
    expect(issues.map((issue) => issue.split(':')[0]).sort()).toEqual(['CMS_URL', 'REVALIDATE_SECONDS', 'REVALIDATE_SECRET']);
    expect(message).toMatch(/^Invalid website environment:\n {2}- /);
  });

  it('lets REVALIDATE_SECONDS only lower the pages’ own revalidate', () => {
    expect(parseWebEnv({ REVALIDATE_SECONDS: '60' }).REVALIDATE_SECONDS).toBe(60);
    expect(() => parseWebEnv({ REVALIDATE_SECONDS: '3600' })).toThrow(/REVALIDATE_SECONDS: must be at most 300/);
  });
});

describe('the pages’ own revalidate', () => {
  const APP = path.resolve(__dirname, '..', 'app');
  const files = (readdirSync(APP, { recursive: true }) as string[]).filter((file) => /\.(ts|tsx)$/.test(file));
  const declared = files.flatMap((file) => {
    const match = /export const revalidate = (\w+);/.exec(readFileSync(path.join(APP, file), 'utf8'));
    return match ? [[file, match[1]] as const] : [];
  });

  it('is declared by the pages that render from the CMS', () => {
    expect(declared.length).toBeGreaterThanOrEqual(10);
  });

  it.each(declared)('in %s is PAGE_REVALIDATE_SECONDS', (_file, value) => {
    expect(Number(value)).toBe(PAGE_REVALIDATE_SECONDS);
  });
});
