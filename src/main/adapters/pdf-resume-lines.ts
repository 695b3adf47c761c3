import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { AppError } from '../../core/errors/app-error';
import { columnLines, textColumns, type PositionedText } from '../../core/import/pdf-geometry';
import type { TextLine } from '../../core/import/text-lines';
import { MAX_RESUME_FILE_BYTES } from '../../shared/limits';
import { openUntrustedPdf } from './open-untrusted-pdf';

/** A résumé is a few pages; a 200-page PDF is a book, read no further than this. */
export const MAX_RESUME_PDF_PAGES = 20;

export interface PdfResumeLines {
  lines: TextLine[];
  /** The body text's size (the most common one), so a larger bold line can be told as a heading. */
  bodySize: number;
  /** Targets of the link annotations (http, https, mailto), in page order. */
  links: string[];
}

/**
 * A résumé PDF as lines rebuilt from geometry, not stream order (core/import/pdf-geometry: columns,
 * then lines by baseline, left to right). Each line keeps its indentation (points past the column's left edge), its
 * size and whether it is bold (from the font's PDF name, "…-Bold"). Safe for untrusted files: pdf.js
 * with no eval (CVE-2024-4367), no scripting, no font loading; pages and bytes are bounded.
 */
export async function readPdfResumeLines(bytes: Uint8Array): Promise<PdfResumeLines> {
  if (bytes.byteLength > MAX_RESUME_FILE_BYTES) {
    throw new AppError(
      'too-large',
      `This file is larger than the ${MAX_RESUME_FILE_BYTES / 1024 / 1024} MB a résumé can be.`,
    );
  }
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new AppError(
      'invalid-input',
      'This file is not a PDF (it does not start with %PDF-), whatever its name says.',
    );
  }
  const task = await openUntrustedPdf(bytes);
  try {
    const doc = await task.promise;
    const lines: TextLine[] = [];
    const links: string[] = [];
    const sizes = new Map<number, number>();
    let characters = 0;
    for (let n = 1; n <= Math.min(doc.numPages, MAX_RESUME_PDF_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Font objects (with their PDF names) are resolved by the operator list.
      await page.getOperatorList();
      const boldOf = new Map<string, boolean>();
      const items: PositionedText[] = [];
      for (const raw of content.items as (TextItem | TextMarkedContent)[]) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        let bold = boldOf.get(raw.fontName);
        if (bold === undefined) {
          bold = isBoldFont(page.commonObjs, raw.fontName);
          boldOf.set(raw.fontName, bold);
        }
        const size = Math.round(Math.hypot(raw.transform[2] ?? 0, raw.transform[3] ?? 0) * 10) / 10 || 1;
        items.push({
          text: raw.str,
          x: raw.transform[4] ?? 0,
          y: raw.transform[5] ?? 0,
          width: raw.width,
          size,
          bold,
        });
        sizes.set(size, (sizes.get(size) ?? 0) + raw.str.length);
        characters += raw.str.trim().length;
      }
      const { width } = page.getViewport({ scale: 1 });
      for (const column of textColumns(items, width))
        lines.push(...columnLines(column), { text: '', indent: 0 });
      for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string }[]) {
        if (
          annotation.subtype === 'Link' &&
          typeof annotation.url === 'string' &&
          /^(https?|mailto):/i.test(annotation.url)
        ) {
          links.push(annotation.url);
        }
      }
      page.cleanup();
    }
    if (characters === 0) {
      throw new AppError(
        'invalid-input',
        'This PDF has no text in it, only images (a scan or a photo of a page), so there is nothing to read. ' +
          'Open the program that made it and export a PDF with text, or paste the text instead.',
        { reason: 'image-only' },
      );
    }
    const bodySize = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
    return { lines, bodySize, links };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new AppError(
        'invalid-input',
        'This PDF is protected by a password, so it cannot be read. Save a copy without the password and open that.',
        { reason: 'encrypted' },
      );
    }
    throw new AppError(
      'invalid-input',
      `This PDF could not be read (it may be damaged or cut short): ${(error as Error).message ?? String(error)}`,
      { reason: 'unreadable' },
    );
  } finally {
    await task.destroy();
  }
}

function isBoldFont(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): boolean {
  if (!objs.has(id)) return false;
  const font = objs.get(id) as { name?: unknown; bold?: unknown } | null;
  return (
    font?.bold === true || (typeof font?.name === 'string' && /bold|black|heavy|semibold/i.test(font.name))
  );
}
