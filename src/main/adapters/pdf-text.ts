import { AppError } from '../../core/errors/app-error';
import { joinTextLines, textRuns } from '../../core/layout/pdf-text-lines';

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
      pages.push(joinTextLines(textRuns(content.items)));
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
