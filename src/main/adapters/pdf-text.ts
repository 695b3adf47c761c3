import { AppError } from '../../core/errors/app-error';
import { joinTextLines, textRuns } from '../../core/layout/pdf-text-lines';
import { openUntrustedPdf } from './open-untrusted-pdf';

export interface ExtractedText {
  /** One string per page, lines joined with "\n". */
  pages: string[];
}

/**
 * Reads a PDF's text the way most résumé parsers do: pdf.js `getTextContent()` in content-stream order,
 * grouped into lines. Safe for untrusted files: no eval (CVE-2024-4367), no scripting, no font loading.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedText> {
  const task = await openUntrustedPdf(bytes);
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
