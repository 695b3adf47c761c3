import type { LaidOutDocument, LaidOutPage } from './laid-out-document';

// Runs closer than this (points) are one word stream: a parser sees no gap between them.
const TOUCHING = 0.5;

/**
 * The text of each page as a good extractor should read it: one line per baseline, runs in drawing
 * order, a space where two runs on a line are apart (the bullet and its text, left text and
 * right-aligned dates) and nothing where they touch.
 */
export function expectedPageTexts(doc: LaidOutDocument): string[] {
  return doc.pages.map(pageText);
}

/** All pages' lines joined with newlines: what the ATS round-trip check compares against. */
export function expectedReadingText(doc: LaidOutDocument): string {
  return expectedPageTexts(doc).join('\n');
}

function pageText(page: LaidOutPage): string {
  const lines: string[] = [];
  let line = '';
  let previous: LaidOutPage['runs'][number] | undefined;
  for (const run of page.runs) {
    if (previous !== undefined && run.y !== previous.y) {
      lines.push(line);
      line = '';
    } else if (previous !== undefined) {
      line += run.x - (previous.x + previous.width) > TOUCHING ? ' ' : '';
    }
    line += run.text;
    previous = run;
  }
  if (previous !== undefined) lines.push(line);
  return lines.join('\n');
}
