import type { SkillMatch } from '../keywords/skill-types';
import type { OtherTerm } from './posting-types';

/*
 * Terms that look like tools or technologies but are not in the dictionary, so the user can add them:
 * CamelCase ("GitOps", "MyBatis"), letters with digits ("Log4j", "S3", "EC2"), acronyms written at least
 * twice ("ELK ... ELK"), and capitalised words seen at least twice away from the start of a sentence
 * ("Kinesis", "Coralogix"). Ordinary words, months, places, the company and the title are left out.
 */

/** Where to look and what to leave out. */
export interface OtherTermsInput {
  /** The text the offsets index into. */
  text: string;
  /** Ranges of `text` to read: the parts of the main posting that ask something of the candidate. */
  ranges: readonly { start: number; end: number }[];
  /** Dictionary matches in `text`, sorted by start: words inside them are known skills. */
  matches: readonly SkillMatch[];
  /** True when a spelling is a dictionary skill on its own ("Lambda" rejected in prose is still known). */
  isSkill: (term: string) => boolean;
  /** Words of the company name, title and location, and the headings: never offered as terms. */
  exclude: ReadonlySet<string>;
}

// A bounded list the user can read at a glance; the most frequent and earliest terms come first.
export const MAX_OTHER_TERMS = 25;

// Letters and digits, optionally joined by dots without spaces ("Socket.IO", "e.g"). Written as ranges
// rather than \p{L}: four times faster, and it covers Latin, Greek, Cyrillic and CJK letters.
const W = String.raw`A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF`;
const WORD_RE = new RegExp(`[${W}]+(?:\\.[${W}]+)*`, 'g');
const NOT_LOWER_RE = /[^a-z.\u00DF-\u00F6\u00F8-\u00FF]/;
// An address starts where a run of [\w.+-] starts: the lookbehind refuses every later start inside the
// run. Without it each position of a long run with no "@" rescanned the rest of the run, quadratic in its
// length: 100,000 letters took 12 s.
const URL_OR_EMAIL_RE = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const CAMEL_RE = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}/u;
const NOT_CAMEL_RE = /^(?:Mc|Mac|O')\p{Lu}/u;
const HAS_DIGIT_RE = /\p{N}/u;
const HAS_LETTER_RE = /\p{L}/u;
// Numbers with a unit, ordinals, quarters and years: "100M", "3rd", "Q1", "24x7", "5L", "FY24".
const NUMBER_WITH_UNIT_RE =
  /^(?:\d+(?:[.,]\d+)*\s*(?:k|m|mm|b|bn|st|nd|rd|th|x\d*|s|yrs?|l|lpa|am|pm|hrs?|h|gb|tb|mb|kb|ghz|mhz|d|w|px|cm|km|kg|g|ms|min|mins|sec|pc|pcs|ft|lbs?|cr|v|mp)|q[1-4]|h[12]|fy\d{2,4}|\d+[a-z]?|[a-z]\d?)$/i;
const ACRONYM_RE = /^\p{Lu}{2,6}s?$/u;
const CAPITALISED_RE = /^\p{Lu}\p{Ll}{2,}$/u;
// Before a word, these mean it starts a sentence, a list item or a label's value: its capital proves nothing.
const SENTENCE_START_RE = /(?:^|[.!?:;•·▪●◦*\-–—([|"“]|\d[.)])\s*$/u;

const COMMON_ACRONYMS = new Set(
  (
    'AND OR THE FOR NOT ALL ANY YOU OUR WE US USA UK EU UAE APAC EMEA LATAM CEO CTO CFO COO CIO CMO VP SVP EVP HR IT ' +
    'ID OK NO YES ETC FAQ TBD EOE EEO LLC INC LTD PVT PLC GMBH AG SA BV NCR MBA BA BS BSC MSC MS MA PHD BE BTECH ' +
    'MTECH DEI ASAP FYI AM PM EST PST CET IST UTC GMT II III IV VI VII VIII IX XI XII NA TBA WFH WFO CTC LPA PTO ' +
    'OTE KPI KPIS ROI B2B B2C SAAS USD EUR GBP INR CV'
  ).split(' '),
);
const COMMON_WORDS = new Set(
  (
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday english the this that these those our your their we you they ' +
    'team company role job position candidate candidates experience skills years year requirements ' +
    'responsibilities benefits india usa america europe asia africa australia canada germany france spain ' +
    'italy china japan singapore london paris berlin amsterdam dublin toronto sydney bangalore bengaluru mumbai ' +
    'delhi hyderabad pune chennai kolkata noida gurgaon gurugram york california texas washington boston ' +
    'seattle chicago austin remote hybrid senior junior lead principal staff manager engineer developer ' +
    'ability strong excellent good great knowledge understanding proven must nice plus bonus preferred ' +
    'equal opportunity employer please apply'
  ).split(' '),
);

interface Tally {
  term: string;
  count: number;
  start: number;
  end: number;
  /** Capitalised words and acronyms must be seen this many times. */
  needs: number;
}

/** Tech-looking terms of the ranges that the dictionary lacks, most frequent first, at most MAX_OTHER_TERMS. */
export function findOtherTerms(input: OtherTermsInput): OtherTerm[] {
  const { text, ranges, matches, isSkill, exclude } = input;
  const tallies = new Map<string, Tally>();
  const lowerWords = new Set<string>();
  const candidates: { word: string; start: number; end: number; needs: number }[] = [];
  let match = 0;

  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    const skip: [number, number][] = [];
    let nextSkip = 0;
    URL_OR_EMAIL_RE.lastIndex = 0;
    for (let url = URL_OR_EMAIL_RE.exec(slice); url !== null; url = URL_OR_EMAIL_RE.exec(slice))
      skip.push([url.index, url.index + url[0].length]);
    WORD_RE.lastIndex = 0;
    for (let found = WORD_RE.exec(slice); found !== null; found = WORD_RE.exec(slice)) {
      const word = found[0];
      // Most words are plain lower case: no term, but proof that the same word capitalised is ordinary.
      if (!NOT_LOWER_RE.test(word)) {
        lowerWords.add(word);
        continue;
      }
      const at = found.index;
      const start = range.start + at;
      const end = start + word.length;
      while (match < matches.length && (matches[match]?.end ?? Infinity) <= start) match++;
      if ((matches[match]?.start ?? Infinity) < end) continue;
      // Words and addresses both come in text order: one pointer finds the address a word may be inside.
      while (nextSkip < skip.length && (skip[nextSkip]?.[1] ?? Infinity) <= at) nextSkip++;
      if ((skip[nextSkip]?.[0] ?? Infinity) <= at) continue;
      const needs = kindOf(word, slice, at);
      if (needs > 0) candidates.push({ word, start, end, needs });
    }
  }

  for (const { word, start, end, needs } of candidates) {
    const key = word.toLowerCase();
    // A capitalised word also written in lower case is an ordinary word ("Design" and "design").
    if (needs > 1 && CAPITALISED_RE.test(word) && lowerWords.has(key)) continue;
    if (exclude.has(key) || COMMON_WORDS.has(key) || COMMON_ACRONYMS.has(word.toUpperCase())) continue;
    const tally = tallies.get(key);
    if (tally === undefined) tallies.set(key, { term: word, count: 1, start, end, needs });
    else {
      tally.count++;
      tally.needs = Math.min(tally.needs, needs);
    }
  }

  const terms: OtherTerm[] = [];
  for (const { term, count, start, end, needs } of tallies.values()) {
    if (count >= needs && !isSkill(term)) terms.push({ term, count, start, end });
  }
  terms.sort((a, b) => b.count - a.count || a.start - b.start);
  return terms.slice(0, MAX_OTHER_TERMS);
}

/**
 * How many sightings make `word` a term: 1 for CamelCase and letters with digits, 2 for acronyms and
 * capitalised words away from a sentence start, 0 when it never is one.
 */
function kindOf(word: string, slice: string, at: number): number {
  if (word.length < 2 || word.length > 40) return 0;
  if (HAS_DIGIT_RE.test(word)) {
    if (!HAS_LETTER_RE.test(word) || NUMBER_WITH_UNIT_RE.test(word)) return 0;
    return 1;
  }
  if (ACRONYM_RE.test(word)) return 2;
  if (CAMEL_RE.test(word) && !NOT_CAMEL_RE.test(word)) return 1;
  if (!CAPITALISED_RE.test(word)) return 0;
  const before = slice.slice(Math.max(0, at - 4), at);
  // Only the few characters before the word are read: searching back for the line's start cost the length
  // of the line for each word, quadratic on a long pasted line. A range starts at a line start.
  const newline = before.lastIndexOf('\n');
  const startsLine = (newline >= 0 || at < 4) && before.slice(newline + 1).trim() === '';
  if (SENTENCE_START_RE.test(before) || startsLine) return 0;
  return 2;
}
