import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSamplePublication, sampleContentDir } from '../load-sample-publication';

const shipped = sampleContentDir(path.resolve(__dirname, '..', '..', '..'));
const article = 'volume-19/issue-2/most-of-us-cant-vote-yet.md';
const issue = 'volume-19/issue-2/issue.yaml';

let copy: string;
beforeEach(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'masthead-sample-'));
  cpSync(shipped, copy, { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

/** Rewrites one file of the copy, failing the test if `from` is not in it. */
function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(path.join(copy, file), 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(path.join(copy, file), after);
}

describe('loadSamplePublication', () => {
  it('reads the shipped sample with volumes and issues in number order and articles in their issue.yaml order', () => {
    const { volumes } = loadSamplePublication(shipped);
    const numbers = (items: Array<{ number: number }>) => items.map((item) => item.number);
    expect(numbers(volumes)).toEqual([...numbers(volumes)].sort((a, b) => a - b));
    for (const volume of volumes) expect(numbers(volume.issues)).toEqual([...numbers(volume.issues)].sort((a, b) => a - b));
    const issue = volumes[1].issues[1];
    expect(issue.articles.map((article) => article.slug)).toContain('most-of-us-cant-vote-yet');
    expect(issue.articles.every((article) => article.body.length > 0 && !/^\s|\s$/.test(article.body))).toBe(true);
  });

  it('names the file and the field of a value that fails its schema', () => {
    edit(article, /palette: \["(#\w+)", "#\w+"\]/, 'palette: ["$1", "navy"]');
    expect(() => loadSamplePublication(copy)).toThrow(
      `Sample publication, ${article}: cover.palette.1: must be a hex colour such as "#1d3557"`,
    );
  });

  it('refuses a misspelt field instead of dropping it', () => {
    edit(article, /^dek:/m, 'dekk:');
    expect(() => loadSamplePublication(copy)).toThrow(new RegExp(`${article}: dek: .*; \\(the whole file\\): Unrecognized key: "dekk"`));
  });

  it('names the file and the line of a YAML syntax error', () => {
    appendFileSync(path.join(copy, 'tags.yaml'), '- name: [unclosed\n');
    expect(() => loadSamplePublication(copy)).toThrow(/^Sample publication, tags\.yaml: .*line \d+/);
  });

  it('refuses an article that names an author authors.yaml does not list', () => {
    edit(article, /^authors: \[/m, 'authors: [nobody-here, ');
    expect(() => loadSamplePublication(copy)).toThrow(`${article}: authors.0: no author "nobody-here" in authors.yaml`);
  });

  it('refuses an article file that its issue.yaml does not list, and a listed article without a file', () => {
    writeFileSync(path.join(copy, 'volume-19/issue-2/forgotten.md'), readFileSync(path.join(copy, article)));
    expect(() => loadSamplePublication(copy)).toThrow('volume-19/issue-2/forgotten.md: is not listed in the articles of its issue.yaml');
    rmSync(path.join(copy, 'volume-19/issue-2/forgotten.md'));
    rmSync(path.join(copy, article));
    expect(() => loadSamplePublication(copy)).toThrow(
      new RegExp(`${issue}: articles\\.\\d: there is no most-of-us-cant-vote-yet\\.md beside it`),
    );
  });

  it('refuses an article without front matter', () => {
    edit(article, /^---\n/, '');
    expect(() => loadSamplePublication(copy)).toThrow(`${article}: must start with YAML front matter between two "---" lines`);
  });
});
