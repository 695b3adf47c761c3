/**
 * One run of text as pdf.js `getTextContent()` gives it (its `TextItem`), converted to our own shape at
 * the edge so both readers (main's ATS check and import, the renderer's preview) share the line rule.
 */
export interface ReadTextRun {
  str: string;
  /** [a, b, c, d, x, y]: the run's text matrix. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * Runs become lines where pdf.js marks an end of line or the baseline moves; on one line, a visible
 * gap between two runs becomes a space, as a parser would read it. Lines are joined with "\n".
 */
export function joinTextLines(runs: Iterable<ReadTextRun>): string {
  const lines: string[] = [];
  let line = '';
  let lastY: number | undefined;
  let lastEnd: number | undefined;
  const endLine = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
    lastY = undefined;
    lastEnd = undefined;
  };
  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    const y = run.transform[5] ?? 0;
    const fontSize = Math.hypot(run.transform[2] ?? 0, run.transform[3] ?? 0) || run.height || 1;
    if (lastY !== undefined && Math.abs(y - lastY) > fontSize * 0.3) endLine();
    if (run.str !== '') {
      const gap = lastEnd === undefined ? 0 : x - lastEnd;
      if (gap > fontSize * 0.15 && !line.endsWith(' ') && !run.str.startsWith(' ')) line += ' ';
      line += run.str;
      lastY = y;
      lastEnd = x + run.width;
    }
    if (run.hasEOL) endLine();
  }
  endLine();
  return lines.join('\n');
}

/** The runs of a pdf.js text content: its marked-content entries carry no text and are left out. */
export function textRuns<T extends object>(items: readonly T[]): ReadTextRun[] {
  return items.filter((item): item is T & ReadTextRun => 'str' in item);
}
