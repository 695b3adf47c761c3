import { classifyHeading } from './posting-sections';

/*
 * Job boards and profile exports often hand over a whole posting as one line: Adzuna-style ads, LinkedIn
 * descriptions whose breaks were lost ("Duties and Responsibilities: ● Organize … ● Prepare …"). Every rule
 * that reads a line (a heading, a perk line, a company blurb, a "nice to have" clause) then judges the whole
 * posting at once: one "bonus" in the pay sentence dropped every skill of an ad. Such a line is cut back into
 * the pieces a writer meant: before an inline bullet, after an inline heading ("Benefits:", "How to
 * Apply:"), and between sentences.
 *
 * The cuts replace one character each (a space, or a glued bullet, colon or full stop) by "\n", so the text
 * keeps its length and every offset found in it is still an offset into the posting the user sees.
 */

// A line this long is a collapsed posting, not a paragraph: ordinary paragraphs stay whole, as their
// sentences are judged together (a company story stays one story).
const LONG_LINE_CHARS = 600;

// List glyphs that are never punctuation inside a sentence. Dashes, "*" and "·" are left alone: they join
// words ("full-time"), hide numbers ("****") and separate a title from its place.
const BULLET_RE = /[\u2022\u25CF\u25AA\u25A0\u25E6\u25BA\u2023\u2043\u2713\u2714\u27A2\u27A4]/u;
const BULLET_AT_RE = new RegExp(BULLET_RE.source, 'gu');

// The end of a sentence and the start of the next: ". The", "? You", "! Free". Glued ones ("queries.Preparing")
// are common in exports that dropped a line break.
const SENTENCE_END_RE = /[.!?](?:[)"”’]?)(\s+|(?=\p{Lu}\p{Ll}))(?=[\p{Lu}\d"“(])/gu;

// "How to Apply:Interested", "Benefits: Our firm": a heading the parser knows, then its content.
const INLINE_HEADING_RE = /^\s*([\p{L}][\p{L}\s&'’/-]{1,58}?)\s*[:：](\s*)(?=\S)/u;

/** `text` with the long lines cut into pieces by "\n", same length. Linear in the length of the text. */
export function relineLongLines(text: string): string {
  if (text.length < LONG_LINE_CHARS) return text;
  const cuts: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd - lineStart >= LONG_LINE_CHARS) cutLine(text.slice(lineStart, lineEnd), lineStart, cuts);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (cuts.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const cut of cuts) {
    out += `${text.slice(copied, cut)}\n`;
    copied = cut + 1;
  }
  return out + text.slice(copied);
}

/** Adds to `cuts` (in order) the offsets, `offset` on, of the characters of `line` that become breaks. */
function cutLine(line: string, offset: number, cuts: number[]): void {
  const inLine: number[] = [];
  BULLET_AT_RE.lastIndex = 0;
  for (let m = BULLET_AT_RE.exec(line); m !== null; m = BULLET_AT_RE.exec(line)) {
    if (line.slice(0, m.index).trim() === '') continue;
    // Keep the glyph at the start of its piece when a space before it can be the break.
    inLine.push(/\s/u.test(line[m.index - 1] ?? '') ? m.index - 1 : m.index);
  }
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(line); m !== null; m = SENTENCE_END_RE.exec(line)) {
    const space = m[1] ?? '';
    // A glued join has no space to turn into the break: the full stop becomes it.
    inLine.push(space === '' ? m.index : m.index + m[0].length - space.length);
  }
  inLine.sort((a, b) => a - b);
  // Each piece may open with a heading and carry its content on the same line.
  let pieceStart = 0;
  for (const cut of [...inLine, line.length]) {
    const heading = inlineHeadingCut(line.slice(pieceStart, cut));
    if (heading !== undefined) cuts.push(offset + pieceStart + heading);
    if (cut < line.length && (cuts.length === 0 || cuts[cuts.length - 1] !== offset + cut))
      cuts.push(offset + cut);
    pieceStart = cut + 1;
  }
}

/** Where a piece that opens with a known heading ("Benefits: Our firm…") breaks after it, if it does. */
function inlineHeadingCut(piece: string): number | undefined {
  const m = INLINE_HEADING_RE.exec(piece);
  if (m === null) return undefined;
  const kind = classifyHeading(`${m[1] ?? ''}:`);
  if (kind === undefined || kind === 'other') return undefined;
  const space = m[2] ?? '';
  const colon = m[0].length - space.length - 1;
  // "Benefits: Our firm" breaks at the space, keeping "Benefits:"; "Apply:Interested" at the colon.
  return space === '' ? colon : colon + 1;
}
