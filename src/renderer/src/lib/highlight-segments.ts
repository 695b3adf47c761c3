/**
 * Splits a text into plain runs and highlighted runs, so highlights can be drawn as React elements
 * (text nodes and <mark>s) instead of HTML strings: nothing in a pasted posting can ever be parsed as markup.
 */

export interface Range<T> {
  start: number;
  end: number;
  data: T;
}

export type Segment<T> = { text: string; start: number } & (
  { highlight: false } | { highlight: true; data: T }
);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Moves an offset that falls between the two halves of a surrogate pair onto the pair's boundary:
 * backwards for a start, forwards for an end, so a highlight grows to cover the whole character
 * rather than cutting an emoji in half.
 */
export function snapToCodePoint(text: string, offset: number, direction: 'back' | 'forward'): number {
  const clamped = Math.max(0, Math.min(text.length, Math.trunc(Number.isFinite(offset) ? offset : 0)));
  if (clamped > 0 && clamped < text.length) {
    if (isHigh(text.charCodeAt(clamped - 1)) && isLow(text.charCodeAt(clamped))) {
      return direction === 'back' ? clamped - 1 : clamped + 1;
    }
  }
  return clamped;
}

/**
 * Ranges are clamped to the text, snapped to whole code points, sorted, and any range overlapping an
 * earlier one is dropped (offsets come from another process; they are checked, not trusted).
 */
export function highlightSegments<T>(text: string, ranges: readonly Range<T>[]): Segment<T>[] {
  const cleaned = ranges
    .map((r) => ({
      start: snapToCodePoint(text, r.start, 'back'),
      end: snapToCodePoint(text, r.end, 'forward'),
      data: r.data,
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const range of cleaned) {
    if (range.start < cursor) continue;
    if (range.start > cursor) {
      segments.push({ text: text.slice(cursor, range.start), start: cursor, highlight: false });
    }
    segments.push({
      text: text.slice(range.start, range.end),
      start: range.start,
      highlight: true,
      data: range.data,
    });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, highlight: false });
  return segments;
}
