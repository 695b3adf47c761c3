import type { FontStyle } from './font-metrics';
import { graphemeClusters } from './drawn-text';
import type { Measure } from './width-cache';

export interface StyledText {
  text: string;
  style: FontStyle;
}

/** One style run inside a broken line; `x` is relative to the start of the line. */
export interface LineRun {
  x: number;
  text: string;
  style: FontStyle;
  width: number;
}

export interface BrokenLine {
  runs: LineRun[];
  width: number;
}

/** Width available to the line at `index` (0-based), so a first line can leave room for other text. */
export type LineWidth = (index: number) => number;

/** A word with the spaces after it. A break may happen after any chunk. */
interface Chunk {
  word: string;
  space: string;
  style: FontStyle;
}

// Lines break at spaces only. A break after a hyphen ("post-" / "mortems") is legal typography, but
// extractors join lines with a space, so an ATS would read "post- mortems": a wrapped line must end at
// a real space. Hyphens, slashes and dashes are used only to cut a word too wide for a whole line
// (URLs, paths), and are preferred there over an arbitrary cut. U+2010 hyphen, U+2013/U+2014 dashes.
const BREAK_AFTER = /[-/\u2010\u2013\u2014]/;
// Widths are sums of floats: a line that fits to the hundredth of a point fits.
const EPSILON = 0.01;

/**
 * Greedy line breaking over styled pieces of normalized text (single spaces). Breaks at spaces only; a
 * word wider than a whole line is cut after its last hyphen or slash that fits, else between characters
 * (see BREAK_AFTER for why). Every line holds at least one character, so it always terminates. Pieces
 * are joined as given: separate them with a space where a break between them is wanted.
 */
export function breakLines(
  pieces: StyledText[],
  lineWidth: LineWidth,
  size: number,
  measure: Measure,
): BrokenLine[] {
  const lines: Chunk[][] = [];
  let current: Chunk[] = [];
  let currentWidth = 0;
  const flush = () => {
    lines.push(current);
    current = [];
    currentWidth = 0;
  };

  for (const chunk of toChunks(pieces)) {
    const spaceWidth = measure(chunk.space, chunk.style, size);
    if (chunk.word === '') {
      // Spaces alone (between two pieces): dropped at the start of a line.
      if (current.length > 0) {
        current.push(chunk);
        currentWidth += spaceWidth;
      }
      continue;
    }
    const wordWidth = measure(chunk.word, chunk.style, size);
    if (current.length > 0 && currentWidth + wordWidth > lineWidth(lines.length) + EPSILON) flush();
    if (current.length === 0 && wordWidth > lineWidth(lines.length) + EPSILON) {
      const fragments = splitWord(chunk.word, chunk.style, size, measure, (k) => lineWidth(lines.length + k));
      const last = fragments.pop() ?? '';
      for (const fragment of fragments) lines.push([{ word: fragment, space: '', style: chunk.style }]);
      current = [{ word: last, space: chunk.space, style: chunk.style }];
      currentWidth = measure(last, chunk.style, size) + spaceWidth;
      continue;
    }
    current.push(chunk);
    currentWidth += wordWidth + spaceWidth;
  }
  if (current.length > 0) flush();
  return lines.map((chunks) => toBrokenLine(chunks, size, measure));
}

function toChunks(pieces: StyledText[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const { text, style } of pieces) {
    const chars = Array.from(text);
    let word = '';
    let space = '';
    chars.forEach((char) => {
      if (char === ' ') {
        space += char;
        return;
      }
      if (space !== '') {
        chunks.push({ word, space, style });
        word = '';
        space = '';
      }
      word += char;
    });
    if (word !== '' || space !== '') chunks.push({ word, space, style });
  }
  return chunks;
}

/** Cuts a word into pieces that each fit their line; at least one character per piece. */
function splitWord(
  word: string,
  style: FontStyle,
  size: number,
  measure: Measure,
  lineWidth: LineWidth,
): string[] {
  const fragments: string[] = [];
  let clusters: string[] = [];
  let width = 0;
  for (const cluster of graphemeClusters(word)) {
    const clusterWidth = measure(cluster, style, size);
    if (clusters.length > 0 && width + clusterWidth > lineWidth(fragments.length) + EPSILON) {
      // Prefer to cut just after the last hyphen or slash of the line, if it is not the first character.
      let cut = clusters.length;
      for (let i = clusters.length - 1; i > 0; i--) {
        if (BREAK_AFTER.test(clusters[i] ?? '')) {
          cut = i + 1;
          break;
        }
      }
      fragments.push(clusters.slice(0, cut).join(''));
      clusters = clusters.slice(cut);
      width = measure(clusters.join(''), style, size);
    }
    clusters.push(cluster);
    width += clusterWidth;
  }
  const fragment = clusters.join('');
  fragments.push(fragment);
  return fragments;
}

/** Merges chunks of one style into runs, without the spaces that end the line. */
function toBrokenLine(chunks: Chunk[], size: number, measure: Measure): BrokenLine {
  const runs: LineRun[] = [];
  let x = 0;
  let pending: { text: string; style: FontStyle } | undefined;
  const closeRun = () => {
    if (pending === undefined || pending.text === '') return;
    const width = measure(pending.text, pending.style, size);
    runs.push({ x, text: pending.text, style: pending.style, width });
    x += width;
  };
  chunks.forEach((chunk, i) => {
    const text = i === chunks.length - 1 ? chunk.word : chunk.word + chunk.space;
    if (pending !== undefined && pending.style === chunk.style) {
      pending.text += text;
      return;
    }
    closeRun();
    pending = { text, style: chunk.style };
  });
  closeRun();
  return { runs, width: x };
}
