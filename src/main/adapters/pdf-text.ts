import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { AppError } from '../../core/errors/app-error';

export interface ExtractedText {
  /** One string per page, lines joined with "\n". */
  pages: string[];
}

/**
 * Reads a PDF's text the way most résumé parsers do: pdf.js `getTextContent()` in content-stream order,
 * grouped into lines. Safe for untrusted files: no eval (CVE-2024-4367), no scripting, no font loading.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedText> {
  // pdf.js is several MB of JavaScript: loaded on the first check, not when the CLI or the app starts.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller keeps its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinLines(content.items));
      page.cleanup();
    }
    return { pages };
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `This PDF could not be read: ${(error as Error).message ?? String(error)}`,
    );
  } finally {
    await task.destroy();
  }
}

/**
 * Items become lines where pdf.js marks an end of line or the baseline moves; on one line, a visible
 * gap between two items becomes a space, as a parser would read it.
 */
function joinLines(items: (TextItem | TextMarkedContent)[]): string {
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
  for (const item of items) {
    if (!('str' in item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const fontSize = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1;
    if (lastY !== undefined && Math.abs(y - lastY) > fontSize * 0.3) endLine();
    if (item.str !== '') {
      const gap = lastEnd === undefined ? 0 : x - lastEnd;
      if (gap > fontSize * 0.15 && !line.endsWith(' ') && !item.str.startsWith(' ')) line += ' ';
      line += item.str;
      lastY = y;
      lastEnd = x + item.width;
    }
    if (item.hasEOL) endLine();
  }
  endLine();
  return lines.join('\n');
}
