import { backupFileFor, readingOf } from '../backup-file';

describe('backupFileFor', () => {
  const cwd = '/srv/masthead';
  const now = new Date('2025-03-01T09:05:07.123Z');

  it.each([
    [undefined, false, '/srv/masthead/backups/masthead-20250301-090507.tar.gz'],
    [undefined, true, '/srv/masthead/backups/masthead-20250301-090507.tar.gz.enc'],
    ['nightly', false, '/srv/masthead/nightly.tar.gz'],
    ['nightly.tar.gz', false, '/srv/masthead/nightly.tar.gz'],
    ['nightly.tar.gz', true, '/srv/masthead/nightly.tar.gz.enc'],
    ['/mnt/backups/nightly.tar', false, '/mnt/backups/nightly.tar.gz'],
    ['../elsewhere/nightly.tar.gz.enc', true, '/srv/elsewhere/nightly.tar.gz.enc'],
  ])('names %p (encrypted: %p) %p', (name, encrypted, expected) => {
    expect(backupFileFor(name, { cwd, encrypted, now }).path).toBe(expected);
  });

  it('gives Strapi the name without the suffixes it appends itself', () => {
    expect(backupFileFor('nightly.tar.gz', { cwd, encrypted: true, now }).base).toBe('/srv/masthead/nightly');
  });
});

describe('readingOf', () => {
  it.each([
    ['a.tar.gz', { compressed: true, encrypted: false }],
    ['a.tar.gz.enc', { compressed: true, encrypted: true }],
    ['a.tar', { compressed: false, encrypted: false }],
    ['a.tar.enc', { compressed: false, encrypted: true }],
  ])('reads %p as %p', (file, expected) => {
    expect(readingOf(file)).toEqual(expected);
  });
});
