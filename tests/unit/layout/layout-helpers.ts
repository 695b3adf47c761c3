import type { LaidOutDocument, LaidOutPage, TextRun } from '../../../src/core/layout/laid-out-document';

export interface PageLine {
  y: number;
  runs: TextRun[];
  text: string;
}

/** Runs grouped by baseline, in drawing order. */
export function pageLines(page: LaidOutPage): PageLine[] {
  const lines: PageLine[] = [];
  for (const run of page.runs) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.y === run.y) {
      last.runs.push(run);
      last.text += run.text;
    } else {
      lines.push({ y: run.y, runs: [run], text: run.text });
    }
  }
  return lines;
}

export function allRuns(doc: LaidOutDocument): TextRun[] {
  return doc.pages.flatMap((page) => page.runs);
}

/** The value, or a thrown error naming what was missing: keeps tests free of `!`. */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** Whitespace removed: "appears modulo whitespace" checks. */
export const squash = (text: string) => text.replace(/\s+/g, '');
