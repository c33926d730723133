/**
 * Homepages of outlets student and local papers cite most, keyed by how archives name them (lower case). A
 * source missing here still gets a homepage when its name is a domain ("Defense.gov") or the file cites a URL.
 */
const KNOWN_OUTLETS: Record<string, string> = {
  'al jazeera': 'https://www.aljazeera.com',
  ap: 'https://apnews.com',
  'ap news': 'https://apnews.com',
  'associated press': 'https://apnews.com',
  axios: 'https://www.axios.com',
  bbc: 'https://www.bbc.com',
  'bbc news': 'https://www.bbc.com/news',
  bloomberg: 'https://www.bloomberg.com',
  brookings: 'https://www.brookings.edu',
  'brookings institution': 'https://www.brookings.edu',
  'cbs news': 'https://www.cbsnews.com',
  cdc: 'https://www.cdc.gov',
  'centers for disease control and prevention': 'https://www.cdc.gov',
  cnn: 'https://www.cnn.com',
  'council on foreign relations': 'https://www.cfr.org',
  'the economist': 'https://www.economist.com',
  'fox news': 'https://www.foxnews.com',
  'the guardian': 'https://www.theguardian.com',
  nasa: 'https://www.nasa.gov',
  'national geographic': 'https://www.nationalgeographic.com',
  'nbc news': 'https://www.nbcnews.com',
  npr: 'https://www.npr.org',
  'new york times': 'https://www.nytimes.com',
  'the new york times': 'https://www.nytimes.com',
  'pbs newshour': 'https://www.pbs.org/newshour',
  'pew research center': 'https://www.pewresearch.org',
  politico: 'https://www.politico.com',
  reuters: 'https://www.reuters.com',
  'the atlantic': 'https://www.theatlantic.com',
  'the hill': 'https://thehill.com',
  'usa today': 'https://www.usatoday.com',
  'wall street journal': 'https://www.wsj.com',
  'the wall street journal': 'https://www.wsj.com',
  'washington post': 'https://www.washingtonpost.com',
  'the washington post': 'https://www.washingtonpost.com',
  who: 'https://www.who.int',
  'world health organization': 'https://www.who.int',
};

const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|int|mil|news|io|co|uk|ca|au|de|fr)$/i;

/** The outlet's homepage when it can be told from its name or from a page the article cites; else `undefined`. */
export function outletHomepage(name: string, citedUrl?: string): string | undefined {
  const known = KNOWN_OUTLETS[name.trim().toLowerCase()];
  if (known) return known;
  if (citedUrl) return new URL(citedUrl).origin;
  return DOMAIN.test(name.trim()) ? `https://${name.trim().toLowerCase()}` : undefined;
}
