import { entityAt } from '../posting/html-entities';

/**
 * The matching view of a text: NFKC per character cluster, lower-cased, typographic dashes and quotes
 * folded, invisible format characters dropped - plus a map from every UTF-16 unit of the view back to the
 * original range it came from, so a match found in the view reports offsets into the text the user sees.
 *
 * A cluster is one code point and the combining marks after it ("e" + U+0301), so a range never starts
 * or ends inside a surrogate pair or between a letter and its accent.
 */
export interface NormalizedText {
  /** The folded text the tokenizer reads. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, where its original cluster starts. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`, where its original cluster ends (exclusive). */
  readonly ends: Int32Array;
}

/**
 * Characters that change how a text is displayed but not what it says: soft hyphen, zero-width space and
 * joiners, word joiner and invisible operators, BOM, and the bidi marks, embeddings, overrides and isolates
 * (a pasted "Pyth\u200Bon" or a U+202E trick must still read as "Python").
 */
export function isIgnorable(codePoint: number): boolean {
  return (
    codePoint === 0xad ||
    codePoint === 0x34f ||
    codePoint === 0x61c ||
    codePoint === 0x180e ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0x2066 && codePoint <= 0x206f) ||
    codePoint === 0xfeff
  );
}

// Every ignorable character lies in this range; the callback keeps the rest of it (letters, marks...).
const MAYBE_IGNORABLE_RE = /[\u00AD-\uFEFF]/g;

/** The text without its invisible format characters (for comparing a surface form with a spelling). */
export function stripIgnorables(text: string): string {
  return text.replace(MAYBE_IGNORABLE_RE, (ch) => (isIgnorable(ch.charCodeAt(0)) ? '' : ch));
}

const MARK_RE = /^\p{M}$/u;
const AMPERSAND = 0x26;

function isMark(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  if (codePoint <= 0x36f) return true;
  return MARK_RE.test(String.fromCodePoint(codePoint));
}

// NFKC leaves these apart from their ASCII look-alikes, but a posting pasted from a word processor writes
// "Objective–C" and "Node’s" with them.
const PUNCTUATION_FOLD: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
};
const PUNCTUATION_FOLD_RE = /[\u2010-\u2015\u2212\u2018\u2019\u201B\u201C\u201D]/g;

// Postings repeat the same few non-ASCII characters (bullets, dashes, currency signs): remember them.
const FOLD_CACHE_LIMIT = 4096;
const foldCache = new Map<string, string>();

function foldCluster(cluster: string): string {
  const cached = foldCache.get(cluster);
  if (cached !== undefined) return cached;
  const folded = cluster
    .normalize('NFKC')
    .toLowerCase()
    .replace(PUNCTUATION_FOLD_RE, (ch) => PUNCTUATION_FOLD[ch] ?? ch);
  if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(cluster, folded);
  return folded;
}

/**
 * Builds the matching view of `input`. Runs of plain ASCII (the bulk of any posting) take a fast path that
 * only lower-cases; everything else is folded one cluster at a time. Lone surrogates become U+FFFD.
 */
export function normalizeForMatching(input: string): NormalizedText {
  const n = input.length;
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  const parts: string[] = [];
  let len = 0;

  const ensure = (extra: number): void => {
    if (len + extra <= starts.length) return;
    const capacity = Math.max(starts.length * 2, len + extra + 16);
    const grownStarts = new Int32Array(capacity);
    const grownEnds = new Int32Array(capacity);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };

  let i = 0;
  while (i < n) {
    // A run of ASCII maps to itself lower-cased, one unit for one unit - except a letter that a
    // combining mark follows, which starts a cluster.
    let runEnd = i;
    while (runEnd < n && input.charCodeAt(runEnd) < 0x80 && input.charCodeAt(runEnd) !== AMPERSAND) runEnd++;
    if (runEnd < n && runEnd > i && isMark(input.codePointAt(runEnd) ?? 0)) runEnd--;
    if (runEnd > i) {
      ensure(runEnd - i);
      for (let k = i; k < runEnd; k++) {
        starts[len] = k;
        ends[len] = k + 1;
        len++;
      }
      parts.push(input.slice(i, runEnd).toLowerCase());
      i = runEnd;
      if (i >= n) break;
    }

    const codePoint = input.codePointAt(i) ?? 0;
    const size = codePoint > 0xffff ? 2 : 1;
    if (codePoint === AMPERSAND) {
      // "R&amp;D", "C&#43;&#43;" pasted as text: read the character, highlight the whole reference.
      const entity = entityAt(input, i);
      const value = entity === undefined ? '&' : foldCluster(entity.value);
      const end = entity === undefined ? i + 1 : i + entity.length;
      ensure(value.length);
      for (let k = 0; k < value.length; k++) {
        starts[len] = i;
        ends[len] = end;
        len++;
      }
      parts.push(value);
      i = end;
      continue;
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      // A lone surrogate: keep one unit in the view so offsets stay aligned, but never a half pair.
      ensure(1);
      parts.push('\uFFFD');
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    if (isIgnorable(codePoint)) {
      i += size;
      continue;
    }
    let clusterEnd = i + size;
    while (clusterEnd < n) {
      const next = input.codePointAt(clusterEnd) ?? 0;
      if (!isMark(next)) break;
      clusterEnd += next > 0xffff ? 2 : 1;
    }
    const folded = foldCluster(input.slice(i, clusterEnd));
    ensure(folded.length);
    for (let k = 0; k < folded.length; k++) {
      starts[len] = i;
      ends[len] = clusterEnd;
      len++;
    }
    parts.push(folded);
    i = clusterEnd;
  }
  return { text: parts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}
