import { zipSync } from 'fflate';
import { AppError } from '../../core/errors/app-error';
import { wordHtmlLines, type WordLines } from '../../core/import/word-html-lines';
import { unzipBounded } from './bounded-unzip';
import { expectSignature } from './file-signature';

// A résumé's document.xml is tens of KB; styles and numbering a few hundred. Images are never unpacked.
const DOCX_LIMITS = { maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 };
// mammoth reads Word's title and subtitle styles as ordinary paragraphs; the name is often in Title.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A .docx résumé as lines with their roles (heading styles, list items, layout tables row by row), by
 * mammoth's public convertToHtml and wordHtmlLines. The package is unpacked first within bounds (only
 * its XML parts: mammoth never sees an image or an embedded file) and handed to mammoth as a stored
 * archive of those parts, so mammoth inflates nothing the size checks have not seen.
 */
export async function readDocxResumeLines(bytes: Uint8Array): Promise<WordLines> {
  expectSignature(bytes, 'zip', 'Word file (.docx)');
  const parts = unzipBounded(bytes, (name) => /\.(xml|rels)$/i.test(name), DOCX_LIMITS, 'Word file');
  if (!parts.has('word/document.xml')) {
    throw new AppError(
      'invalid-input',
      'This zip archive is not a Word document (it has no word/document.xml). A LinkedIn export has the extension .zip: open it under that name.',
      { reason: 'wrong-type' },
    );
  }
  const stored = zipSync(Object.fromEntries(parts), { level: 0 });
  // Loaded only for a Word file: mammoth brings a zip and an XML reader.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(stored) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        // An image is not text of the résumé: drawn as nothing, never read.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `This Word file could not be read (it may be damaged): ${(error as Error).message ?? String(error)}`,
      { reason: 'unreadable' },
    );
  }
  const read = wordHtmlLines(html);
  if (read.lines.every((line) => line.text === '')) {
    throw new AppError('invalid-input', 'This Word file has no text in it, so there is nothing to read.', {
      reason: 'no-text',
    });
  }
  return read;
}
