/**
 * Tokens of a normalized text, in parallel arrays (a posting has thousands of tokens; one object each
 * would cost more than the matching itself). Offsets index into the normalized text.
 */
export interface TokenList {
  readonly count: number;
  readonly texts: string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 for a run of letters/digits, 0 for a single punctuation or symbol character. */
  readonly isWord: Uint8Array;
  /** Line number of each token (lines split on "\n"), for list and context rules. */
  readonly lines: Int32Array;
}

/** Turns normalized text into tokens. Replaceable through the matcher's options. */
export type Tokenizer = (normalized: string) => TokenList;

const SPACE = 0;
const WORD = 1;
const PUNCT = 2;

const ASCII_CLASS = new Uint8Array(128).fill(PUNCT);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[a-zA-Z0-9_]/.test(ch)) ASCII_CLASS[c] = WORD;
  else if (c <= 0x20 || c === 0x7f) ASCII_CLASS[c] = SPACE;
}

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_RE = /^[\s\p{Cc}]$/u;

function classify(codePoint: number): number {
  if (codePoint < 128) return ASCII_CLASS[codePoint] ?? PUNCT;
  const ch = String.fromCodePoint(codePoint);
  if (WORD_RE.test(ch)) return WORD;
  if (SPACE_RE.test(ch)) return SPACE;
  return PUNCT;
}

/**
 * Default tokenizer: a token is a run of letters and digits, or one punctuation/symbol code point.
 * Whitespace only separates. Tech names survive as token sequences: "C++" is [c, +, +], "Node.js" is
 * [node, ., js], "CI / CD" and "CI/CD" are both [ci, /, cd], ".NET" is [., net]; the alias trie matches
 * those sequences, so no punctuation has to be guessed as part of a word here.
 */
export const tokenizeTechText: Tokenizer = (normalized) => {
  const n = normalized.length;
  const texts: string[] = [];
  let starts = new Int32Array(Math.max(16, n >> 2));
  let ends = new Int32Array(starts.length);
  let isWord = new Uint8Array(starts.length);
  let lines = new Int32Array(starts.length);
  let count = 0;
  let line = 0;

  const push = (start: number, end: number, word: number): void => {
    if (count === starts.length) {
      const capacity = starts.length * 2;
      const s = new Int32Array(capacity);
      const e = new Int32Array(capacity);
      const w = new Uint8Array(capacity);
      const l = new Int32Array(capacity);
      s.set(starts);
      e.set(ends);
      w.set(isWord);
      l.set(lines);
      starts = s;
      ends = e;
      isWord = w;
      lines = l;
    }
    texts.push(normalized.slice(start, end));
    starts[count] = start;
    ends[count] = end;
    isWord[count] = word;
    lines[count] = line;
    count++;
  };

  let i = 0;
  while (i < n) {
    const unit = normalized.charCodeAt(i);
    const codePoint = unit < 0x80 ? unit : (normalized.codePointAt(i) ?? unit);
    const size = codePoint > 0xffff ? 2 : 1;
    const kind = unit < 0x80 ? (ASCII_CLASS[unit] ?? PUNCT) : classify(codePoint);
    if (kind === SPACE) {
      if (unit === 0x0a) line++;
      i += size;
    } else if (kind === PUNCT) {
      push(i, i + size, 0);
      i += size;
    } else {
      const start = i;
      i += size;
      while (i < n) {
        const next = normalized.charCodeAt(i);
        if (next < 0x80) {
          if (ASCII_CLASS[next] !== WORD) break;
          i++;
          continue;
        }
        const nextPoint = normalized.codePointAt(i) ?? next;
        if (classify(nextPoint) !== WORD) break;
        i += nextPoint > 0xffff ? 2 : 1;
      }
      push(start, i, 1);
    }
  }
  return {
    count,
    texts,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    isWord: isWord.subarray(0, count),
    lines: lines.subarray(0, count),
  };
};
