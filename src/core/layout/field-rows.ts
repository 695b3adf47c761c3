import type { FontStyle } from './font-metrics';
import { flowLine, type FlowRun, type TemplateContext } from './flow-line';
import { breakLines } from './line-breaking';

export interface RowField {
  text: string;
  style: FontStyle;
  url?: string | undefined;
}

interface Measured {
  field: RowField;
  width: number;
}

/** The fields of one row; `oversized` is a single field wider than the whole line. */
interface Row {
  fields: Measured[];
  oversized: boolean;
}

/**
 * Short fields on one line with a separator run between them (contact details; organization, location
 * and dates). Each field stays its own run so a parser can tell them apart. Wraps between fields, never
 * inside one (a web address cut in two reads as two words and links half of itself), and never leaves
 * one field alone on the last row when the row above can give it company: a website on a line of its
 * own looks like a mistake. Only a field wider than the whole line wraps inside itself. Returns the runs
 * of each row.
 */
export function fieldRows(
  fields: RowField[],
  separator: { text: string; style: FontStyle },
  size: number,
  ctx: TemplateContext,
): FlowRun[][] {
  const separatorWidth = ctx.measure(separator.text, separator.style, size);
  const measured = fields
    .filter((field) => field.text !== '')
    .map((field) => ({ field, width: ctx.measure(field.text, field.style, size) }));
  const rows = packRows(measured, separatorWidth, ctx.contentWidth);
  avoidLoneLastField(rows, separatorWidth, ctx.contentWidth);
  return rows.flatMap((row) =>
    row.oversized ? oversizedRows(row, size, ctx) : [rowRuns(row, separator, separatorWidth)],
  );
}

function packRows(measured: Measured[], separatorWidth: number, contentWidth: number): Row[] {
  const rows: Row[] = [];
  let current: Measured[] = [];
  let x = 0;
  const close = () => {
    if (current.length > 0) rows.push({ fields: current, oversized: false });
    current = [];
    x = 0;
  };
  for (const item of measured) {
    if (item.width > contentWidth) {
      close();
      rows.push({ fields: [item], oversized: true });
      continue;
    }
    if (current.length > 0 && x + separatorWidth + item.width > contentWidth) close();
    x += (current.length > 0 ? separatorWidth : 0) + item.width;
    current.push(item);
  }
  close();
  return rows;
}

const rowWidth = (fields: Measured[], separatorWidth: number) =>
  fields.reduce((sum, item, i) => sum + item.width + (i > 0 ? separatorWidth : 0), 0);

/** Moves the last field of the row above down beside a lone last field, if both then fit. */
function avoidLoneLastField(rows: Row[], separatorWidth: number, contentWidth: number): void {
  const last = rows[rows.length - 1];
  const above = rows[rows.length - 2];
  if (last === undefined || above === undefined || last.oversized || above.oversized) return;
  if (last.fields.length !== 1 || above.fields.length < 2) return;
  const moved = above.fields[above.fields.length - 1];
  if (moved === undefined) return;
  const joined = [moved, ...last.fields];
  if (rowWidth(joined, separatorWidth) > contentWidth) return;
  above.fields = above.fields.slice(0, -1);
  last.fields = joined;
}

function rowRuns(row: Row, separator: { text: string; style: FontStyle }, separatorWidth: number): FlowRun[] {
  const runs: FlowRun[] = [];
  let x = 0;
  for (const { field, width } of row.fields) {
    if (runs.length > 0) {
      runs.push({ x, text: separator.text, style: separator.style, width: separatorWidth });
      x += separatorWidth;
    }
    const run: FlowRun = { x, text: field.text, style: field.style, width };
    if (field.url !== undefined) run.url = field.url;
    runs.push(run);
    x += width;
  }
  return runs;
}

function oversizedRows(row: Row, size: number, ctx: TemplateContext): FlowRun[][] {
  const field = row.fields[0]?.field;
  if (field === undefined) return [];
  const broken = breakLines([field], () => ctx.contentWidth, size, ctx.measure);
  const shape = field.url === undefined ? {} : { url: field.url };
  return broken.map((line) => flowLine(line, size, field.style, shape).runs);
}
