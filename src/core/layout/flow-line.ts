import type { FontStyle } from './font-metrics';
import type { BrokenLine } from './line-breaking';
import type { LineTone, Template } from './template-style';

/** A run placed on a line; `x` is relative to the left edge of the content box. */
export interface FlowRun {
  x: number;
  text: string;
  style: FontStyle;
  width: number;
  url?: string;
}

/**
 * One line of the document before pagination. Pagination only decides where pages break: it never
 * reorders lines, so content-stream order stays reading order.
 */
export interface FlowLine {
  size: number;
  /** The style whose ascent and descent set the line box. */
  style: FontStyle;
  runs: FlowRun[];
  /** Gap above the line; dropped when the line starts a page. */
  spaceBefore: number;
  /** No page break between this line and the next. */
  keepWithNext: boolean;
  /** A thin rule under the line (section headings). */
  ruleBelow: boolean;
  /** Drawn in one of the template's colours for the whole line (the name, headline, headings). */
  tone?: LineTone;
}

export function flowLine(
  broken: BrokenLine,
  size: number,
  style: FontStyle,
  shape: { indent?: number; spaceBefore?: number; url?: string } = {},
): FlowLine {
  const indent = shape.indent ?? 0;
  const runs = broken.runs.map((run): FlowRun => {
    const placed: FlowRun = { x: run.x + indent, text: run.text, style: run.style, width: run.width };
    if (shape.url !== undefined) placed.url = shape.url;
    return placed;
  });
  return { size, style, runs, spaceBefore: shape.spaceBefore ?? 0, keepWithNext: false, ruleBelow: false };
}

/**
 * Widow and orphan control for a paragraph or bullet: its first two lines stay together and so do its
 * last two, so a page break never leaves one line of it alone.
 */
export function keepParagraphTogether(lines: FlowLine[]): FlowLine[] {
  const n = lines.length;
  if (n < 2) return lines;
  const first = lines[0];
  const beforeLast = lines[n - 2];
  if (first !== undefined) first.keepWithNext = true;
  if (beforeLast !== undefined) beforeLast.keepWithNext = true;
  return lines;
}

/** Keeps every line of a block on one page with the line after the block. */
export function keepAllWithNext(lines: FlowLine[]): FlowLine[] {
  for (const line of lines) line.keepWithNext = true;
  return lines;
}

/** What the template builders need to turn résumé fields into lines. */
export interface TemplateContext {
  measure: (text: string, style: FontStyle, size: number) => number;
  /** Base (body) font size. */
  base: number;
  contentWidth: number;
  template: Template;
}
