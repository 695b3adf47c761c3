import type { TokenList } from './tokenize';

/**
 * Words that turn an ordinary word into a skill name ("Go", "Excel", "Rust", "Spring"). All lower-case,
 * compared with normalized tokens. Replaceable through the matcher's options.
 */
export interface AmbiguityCues {
  /** A word right before the spelling: "written in Go", "advanced Excel", "using Chef". */
  before: readonly string[];
  /** A word right after the spelling: "Go developer", "Excel macros", "Spring framework". */
  after: readonly string[];
  /** Tokens that may separate the items of a skill list: "Go, Python", "Python and Go", "Go/Rust". */
  listSeparators: readonly string[];
  /**
   * Cue words that confirm only the ambiguous spellings of skills of one category, keyed by category:
   * "native", "speaker" confirm "Chinese" the language, but "Go speaker" is no programming language.
   * An after-word may also follow a hyphen ("Chinese-speaking").
   */
  byCategory?: Readonly<Record<string, { before: readonly string[]; after: readonly string[] }>>;
  /**
   * Categories whose ambiguous spellings are product names ("Excel", "Word", "Outlook", "Zoom"): written
   * capitalised as listed right after a word in lower case ("know Excel", "nivel alto de Excel"), the
   * capital itself says it is the product, in any language. At the start of a line or after a capital
   * ("Word of mouth", a Title Case heading) it still needs a cue.
   */
  productCategories?: readonly string[];
}

export const DEFAULT_AMBIGUITY_CUES: AmbiguityCues = {
  before: ['in', 'with', 'using', 'use', 'via', 'including', 'like', 'advanced', 'proficient', 'fluent'],
  after: [
    'developer',
    'developers',
    'development',
    'engineer',
    'engineers',
    'engineering',
    'programming',
    'programmer',
    'programmers',
    'language',
    'lang',
    'code',
    'codebase',
    'microservices',
    'framework',
    'library',
    'libraries',
    'sdk',
    'apis',
    'scripts',
    'scripting',
    'macros',
    'formulas',
    'spreadsheets',
    'workbooks',
    'vba',
    'pivot',
    'cookbooks',
    'recipes',
    'functions',
    'runtime',
    'toolchain',
    'compiler',
    'experience',
    'skills',
    'proficiency',
    'expertise',
    'knowledge',
  ],
  listSeparators: [',', '/', '&', '|', ';', '(', ')', '[', ']', '+', '·', '•', '-', ':', 'and', 'or', 'plus'],
  byCategory: {
    // A nationality adjective is a language when someone speaks it: "native Korean speaker", "Spoken
    // Chinese required", "Mandarin-speaking", "Chinese native".
    'spoken-language': {
      before: ['native', 'spoken', 'written', 'speak', 'speaks', 'bilingual', 'conversational'],
      after: ['speaker', 'speakers', 'speaking', 'spoken', 'native', 'fluency', 'fluently'],
    },
  },
  productCategories: ['office'],
};

// Beyond this many separator tokens two names are no longer items of the same list.
const MAX_SEPARATORS = 3;
// Unknown one-word items a list may hold between two names it confirms.
const MAX_UNKNOWN_ITEMS = 1;
// A skill tag list may leave one blank line between items.
const MAX_LINE_GAP = 2;

/** True when the tokens [start, end) are the only words on their line (a job board's one-skill-per-line tags). */
export function isAloneOnLine(tokens: TokenList, start: number, end: number): boolean {
  const line = tokens.lines[start];
  for (let i = start - 1; i >= 0 && tokens.lines[i] === line; i--) if (tokens.isWord[i] === 1) return false;
  for (let i = end; i < tokens.count && tokens.lines[i] === line; i++)
    if (tokens.isWord[i] === 1) return false;
  return true;
}

/**
 * The nearest token before `start` (direction -1) or from `end` on (direction 1) that is not a list
 * separator, or -1 when there is none close enough. Crossing a line break is allowed only for a spelling
 * that stands alone on its line.
 */
export function listNeighbour(
  tokens: TokenList,
  start: number,
  end: number,
  direction: -1 | 1,
  separators: ReadonlySet<string>,
  aloneOnLine: boolean,
): number {
  const line = tokens.lines[start] ?? 0;
  let skipped = 0;
  let unknownItems = 0;
  for (let i = direction < 0 ? start - 1 : end; i >= 0 && i < tokens.count; i += direction) {
    const lineGap = Math.abs((tokens.lines[i] ?? 0) - line);
    if (lineGap > (aloneOnLine ? MAX_LINE_GAP : 0)) return -1;
    if (!separators.has(tokens.texts[i] ?? '')) {
      // "Outlook, Word, Summation, Excel": one word between two commas is an item of the same list, even
      // one the dictionary does not know; the list goes on past it.
      const next = i + direction;
      const isItem =
        tokens.isWord[i] === 1 &&
        tokens.texts[i - direction] === ',' &&
        tokens.texts[next] === ',' &&
        tokens.lines[next] === tokens.lines[i];
      if (!isItem || ++unknownItems > MAX_UNKNOWN_ITEMS) return i;
      skipped = 0;
      continue;
    }
    if (++skipped > MAX_SEPARATORS) return -1;
  }
  return -1;
}

/** True when a cue word sits right next to the tokens [start, end) on the same line. */
export function hasCueWord(tokens: TokenList, start: number, end: number, cues: AmbiguityCuesSets): boolean {
  const line = tokens.lines[start];
  const before = start - 1;
  if (before >= 0 && tokens.lines[before] === line && cues.before.has(tokens.texts[before] ?? ''))
    return true;
  return end < tokens.count && tokens.lines[end] === line && cues.after.has(tokens.texts[end] ?? '');
}

/** True when a cue word of the spelling's category sits right next to the tokens [start, end) on the same line. */
export function hasCategoryCue(
  tokens: TokenList,
  start: number,
  end: number,
  cues: CategoryCueSets | undefined,
): boolean {
  if (cues === undefined) return false;
  const line = tokens.lines[start];
  const before = start - 1;
  if (before >= 0 && tokens.lines[before] === line && cues.before.has(tokens.texts[before] ?? ''))
    return true;
  const after = tokens.texts[end] === '-' ? end + 1 : end;
  return after < tokens.count && tokens.lines[after] === line && cues.after.has(tokens.texts[after] ?? '');
}

export interface CategoryCueSets {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
}

export interface AmbiguityCuesSets extends CategoryCueSets {
  listSeparators: ReadonlySet<string>;
  byCategory: ReadonlyMap<string, CategoryCueSets>;
  productCategories: ReadonlySet<string>;
}

export function toCueSets(cues: AmbiguityCues): AmbiguityCuesSets {
  return {
    before: new Set(cues.before),
    after: new Set(cues.after),
    listSeparators: new Set(cues.listSeparators),
    byCategory: new Map(
      Object.entries(cues.byCategory ?? {}).map(([category, words]) => [
        category,
        { before: new Set(words.before), after: new Set(words.after) },
      ]),
    ),
    productCategories: new Set(cues.productCategories ?? []),
  };
}

const CAPITALISED_RE = /^\p{Lu}\p{Ll}/u;
const LOWER_START_RE = /^\p{Ll}/u;
// After these the word is the verb or the common noun even when a writer capitalised it: "You will
// Excel in a team", "Access to the site", "Outlook on life".
const ORDINARY_SENSE_NEXT = new Set(['in', 'at', 'to', 'of', 'on', 'for']);
// After a modal the word is a verb: "You will Excel here", "you can Excel".
const ORDINARY_SENSE_BEFORE = new Set([
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'to',
]);

/**
 * True when `surface` (a spelling as written) is capitalised, the token before it on the same line with
 * nothing between is a word written in lower case ("use Excel daily", "de Excel"), and the word after it
 * is not a modal, nor is the word after one that makes it the ordinary word. `wordBefore` is that word as written (undefined when there
 * is none); `nextToken` the normalized token after the spelling.
 */
export function isCapitalisedMidSentence(
  surface: string,
  wordBefore: string | undefined,
  nextToken: string | undefined,
): boolean {
  return (
    CAPITALISED_RE.test(surface) &&
    wordBefore !== undefined &&
    LOWER_START_RE.test(wordBefore) &&
    !ORDINARY_SENSE_BEFORE.has(wordBefore) &&
    !ORDINARY_SENSE_NEXT.has(nextToken ?? '')
  );
}
