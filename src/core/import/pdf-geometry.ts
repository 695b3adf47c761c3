import type { TextLine } from './text-lines';

/** A run of text on a PDF page as the reader found it, in points from the page's bottom left corner. */
export interface PositionedText {
  text: string;
  x: number;
  /** The baseline, counted upwards as PDF coordinates are. */
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

// Fewer runs than this on a page are never split into columns.
const MIN_COLUMN_ITEMS = 10;
// Each column holds at least this share of the runs beside it; the columns at least this share of
// the page's runs (the rest is the header across them).
const MIN_COLUMN_SHARE = 0.15;
const MIN_COLUMNS_SHARE = 0.5;
// Between two runs on a line, in ems: past SPACE_GAP a space, past FIELD_GAP a gap between fields (a
// row of contact details set apart by margins, a title and its right-aligned dates), written as the
// three spaces the text rules split fields at. A word space is about a quarter of an em.
const SPACE_GAP = 0.15;
const FIELD_GAP = 1;
const FIELD_BREAK = '   ';
// Where the gutter is looked for, as shares of the page width, and in steps of this share.
const GUTTER_FROM = 0.3;
const GUTTER_TO = 0.7;
const GUTTER_STEP = 0.01;

/**
 * A page's runs as the blocks a reader reads in turn: a two-column résumé is the header across the
 * page (name, headline, a rule: what runs across the gutter), then the left column, then the right.
 * The gutter is an empty vertical band between 30% and 70% of the page width below the header, with
 * a fair share of the text on each side; the band that leaves the most text in columns wins. A page
 * with no such band is one column.
 */
export function textColumns(items: PositionedText[], pageWidth: number): PositionedText[][] {
  if (items.length < MIN_COLUMN_ITEMS) return [items];
  let best: PositionedText[][] | undefined;
  let bestColumns = 0;
  for (let x = pageWidth * GUTTER_FROM; x <= pageWidth * GUTTER_TO; x += pageWidth * GUTTER_STEP) {
    const crossing = items.filter((item) => item.x < x && item.x + item.width > x);
    // The columns start below the lowest run that crosses the gutter.
    const floor = Math.min(...crossing.map((item) => item.y));
    const below = items.filter((item) => item.y < floor);
    if (below.length < items.length * MIN_COLUMNS_SHARE || below.length <= bestColumns) continue;
    const left = below.filter((item) => item.x < x);
    const right = below.filter((item) => item.x >= x);
    if (Math.min(left.length, right.length) < below.length * MIN_COLUMN_SHARE) continue;
    const header = items.filter((item) => item.y >= floor);
    best = [header, left, right].filter((block) => block.length > 0);
    bestColumns = below.length;
  }
  return best ?? [items];
}

/** Items on one baseline (within a third of their size) are a line, read left to right. */
export function columnLines(items: PositionedText[]): TextLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (
      last !== undefined &&
      head !== undefined &&
      Math.abs(head.y - item.y) <= Math.max(head.size, item.size) / 3
    )
      last.push(item);
    else groups.push([item]);
  }
  const left = Math.min(...items.map((item) => item.x));
  const out: TextLine[] = [];
  let previous: PositionedText[] | undefined;
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    // A gap of more than one and a half lines is a blank line: it separates entries.
    const prev = previous?.[0];
    const first = group[0] as PositionedText;
    if (prev !== undefined && prev.y - first.y > first.size * 2.2) out.push({ text: '', indent: 0 });
    let text = '';
    let end: number | undefined;
    for (const item of group) {
      const gap = end === undefined ? 0 : item.x - end;
      if (
        end !== undefined &&
        gap > item.size * SPACE_GAP &&
        !text.endsWith(' ') &&
        !item.text.startsWith(' ')
      ) {
        text += gap > item.size * FIELD_GAP ? FIELD_BREAK : ' ';
      }
      text += item.text;
      end = item.x + item.width;
    }
    out.push({
      text: text.trim(),
      indent: Math.round(first.x - left),
      size: Math.max(...group.map((item) => item.size)),
      bold: group.every((item) => item.bold),
    });
    previous = group;
  }
  return out;
}
