// Realistic article text for the archive: each article its own ~800-word body, ~8-word title and ~20-word dek,
// drawn from one Zipf-distributed vocabulary (word of rank r with probability ∝ 1/r): English function words at the
// top ranks, then 30,000 pseudo-words made of syllables, all generated deterministically from a seeded PRNG. Some
// bodies carry a known two-word phrase (PHRASE) so that phrase queries have adjacent matches to find.

/** The same LCG as archive.mjs's `random()`, seeded apart so the text never shifts the archive's other choices. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** The top ranks: real English words, so a "common word" is one a reader might type (no stop words are removed). */
const FUNCTION_WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if so no will more can said who about up out them ' +
  'what some into its than only other new time could these two may first then do any like my now over such our ' +
  'man me even most made after also did many before must through back years where much your way well down should ' +
  'because each just those people how too little state good very make world still own see men work long get here ' +
  'between both life being under never day same another know while last might us great old year off come since ' +
  'against go came right used take three city council students night report'
).split(' ');

/** Pseudo-words in the vocabulary after the function words. */
export const PSEUDO_WORDS = 30_000;
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'st', 'tr', 'pl', 'gr', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'st'];

/** The vocabulary in rank order (deterministic): function words, then unique pseudo-words of 2–4 syllables. */
export function makeVocabulary(random = seeded(7)) {
  const words = [...new Set(FUNCTION_WORDS)];
  const seen = new Set(words);
  const pick = (list) => list[Math.floor(random() * list.length)];
  while (words.length < FUNCTION_WORDS.length + PSEUDO_WORDS) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let s = 0; s < syllables; s += 1) word += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 ? pick(CODAS) : '');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Vose's alias table for sampling ranks 0…n−1 with probability ∝ 1/(rank+1): two random numbers a word. */
function zipfSampler(n, random) {
  const weights = Array.from({ length: n }, (_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const probability = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = weights.map((weight) => (weight * n) / total);
  const small = [];
  const large = [];
  scaled.forEach((value, index) => (value < 1 ? small : large).push(index));
  while (small.length && large.length) {
    const less = small.pop();
    const more = large.pop();
    probability[less] = scaled[less];
    alias[less] = more;
    scaled[more] = scaled[more] + scaled[less] - 1;
    (scaled[more] < 1 ? small : large).push(more);
  }
  for (const index of [...small, ...large]) probability[index] = 1;
  const sample = () => {
    const column = Math.floor(random() * n);
    return random() < probability[column] ? column : alias[column];
  };
  return { sample, share: (rank) => weights[rank] / total };
}

/**
 * The words the bench queries, by rank, chosen from the distribution so each class is what it says (the counts the
 * bench reports come from the database, not from here): with ~830 words an article, a word of probability p is in
 * about 1 − (1 − p)^830 of the articles.
 */
export function queryWords(vocabulary) {
  const pseudo = (rank) => vocabulary[FUNCTION_WORDS.length + rank];
  return {
    // ~0.4 % of articles.
    selective: pseudo(16_000),
    // "said" (rank 49): ~80 %.
    common: 'said',
    // Two words in ~10 % of articles each.
    twoWords: [pseudo(500), pseudo(700)],
    // A no-match word: a vocabulary word with a letter doubled and one added, never generated (checked by the bench).
    noMatch: `${pseudo(3_000)}qq`,
  };
}

/** The words of the phrase bodies carry (PHRASE_SHARE of them, once each), both mid-frequency words on their own. */
export const phraseWords = (vocabulary) => [vocabulary[FUNCTION_WORDS.length + 300], vocabulary[FUNCTION_WORDS.length + 400]];
export const PHRASE_SHARE = 0.01;

/**
 * A writer of article text: `article(doc)` gives { title, dek, paragraphs } for the document number `doc`. Each
 * document's text comes from its own seed, so writing 1–1,000 then 1,001–10,000 gives the same text as one go.
 */
export function textWriter({ bodyWords = 800, paragraphs = 8 } = {}) {
  const vocabulary = makeVocabulary();
  let random = seeded(1);
  const zipf = zipfSampler(vocabulary.length, () => random());
  const phrase = phraseWords(vocabulary).join(' ');
  const words = (count) => {
    const out = new Array(count);
    for (let i = 0; i < count; i += 1) out[i] = vocabulary[zipf.sample()];
    return out;
  };
  const sentences = (list) => {
    let text = '';
    let start = 0;
    while (start < list.length) {
      const end = Math.min(list.length, start + 8 + Math.floor(random() * 13));
      const sentence = list.slice(start, end).join(' ');
      text += `${text ? ' ' : ''}${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
      start = end;
    }
    return text;
  };
  return {
    vocabulary,
    article(doc) {
      random = seeded(0x9e3779b1 ^ Math.imul(doc, 2654435761));
      const title = sentences(words(8)).replace(/\.$/, '');
      const dek = sentences(words(20));
      const perParagraph = Math.round(bodyWords / paragraphs);
      const body = Array.from({ length: paragraphs }, () => sentences(words(perParagraph)));
      if (random() < PHRASE_SHARE) {
        const at = Math.floor(random() * paragraphs);
        body[at] = body[at].replace(/\.$/, ` ${phrase}.`);
      }
      return { title, dek, paragraphs: body };
    },
  };
}
