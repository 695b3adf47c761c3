import type { FontStyle } from './font-metrics';
import { flowLine, type FlowRun, type TemplateContext } from './flow-line';
import { breakLines } from './line-breaking';

export interface RowField {
  text: string;
  style: FontStyle;
  url?: string | undefined;
}

/**
 * Short fields on one line with a separator run between them (contact details; organization, location
 * and dates). Each field stays its own run so a parser can tell them apart. Wraps between fields; a
 * field wider than the whole line wraps inside itself. Returns the runs of each row.
 */
export function fieldRows(
  fields: RowField[],
  separator: { text: string; style: FontStyle },
  size: number,
  ctx: TemplateContext,
): FlowRun[][] {
  const separatorWidth = ctx.measure(separator.text, separator.style, size);
  const rows: FlowRun[][] = [];
  let row: FlowRun[] = [];
  let x = 0;
  const closeRow = () => {
    if (row.length > 0) rows.push(row);
    row = [];
    x = 0;
  };

  for (const field of fields.filter((f) => f.text !== '')) {
    const width = ctx.measure(field.text, field.style, size);
    if (row.length > 0 && x + separatorWidth + width > ctx.contentWidth) closeRow();
    if (width > ctx.contentWidth) {
      closeRow();
      const broken = breakLines([field], () => ctx.contentWidth, size, ctx.measure);
      const shape = field.url === undefined ? {} : { url: field.url };
      for (const line of broken) rows.push(flowLine(line, size, field.style, shape).runs);
      continue;
    }
    if (row.length > 0) {
      row.push({ x, text: separator.text, style: separator.style, width: separatorWidth });
      x += separatorWidth;
    }
    const run: FlowRun = { x, text: field.text, style: field.style, width };
    if (field.url !== undefined) run.url = field.url;
    row.push(run);
    x += width;
  }
  closeRow();
  return rows;
}
