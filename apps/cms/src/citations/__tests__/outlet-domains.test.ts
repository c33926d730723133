import { candidateHosts, readPastedUrl, suggestedOutletName } from '../outlet-domains';

describe('readPastedUrl', () => {
  it('reads the page address and its host without "www."', () => {
    expect(readPastedUrl('  https://www.chalkbeat.org/2025/01/02/story?x=1 ')).toEqual({
      ok: true,
      url: 'https://www.chalkbeat.org/2025/01/02/story?x=1',
      host: 'chalkbeat.org',
    });
  });

  it.each([
    ['bbc.com/news', 'Paste the page’s full address, starting with https://'],
    ['javascript:alert(1)', 'A cited page’s address starts with https:// or http://'],
    ['ftp://files.example.org/a', 'A cited page’s address starts with https:// or http://'],
    ['http://intranet/report', 'That address has no domain name (like bbc.com) in it.'],
  ])('refuses %j with a sentence', (text, reason) => {
    expect(readPastedUrl(text)).toEqual({ ok: false, reason });
  });
});

describe('candidateHosts', () => {
  it('lists the host and its parent domains, most specific first', () => {
    expect(candidateHosts('news.bbc.co.uk')).toEqual(['news.bbc.co.uk', 'bbc.co.uk', 'co.uk']);
    expect(candidateHosts('defense.gov')).toEqual(['defense.gov']);
  });
});

describe('suggestedOutletName', () => {
  it.each([
    ['chalkbeat.org', 'Chalkbeat'],
    ['edition.cnn.com', 'Cnn'],
    ['bbc.co.uk', 'Bbc'],
    ['abc.net.au', 'Abc'],
    ['defense.gov', 'Defense.gov'],
  ])('offers a name for %s', (host, name) => {
    expect(suggestedOutletName(host)).toBe(name);
  });
});
