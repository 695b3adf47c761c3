import { zipSync } from 'fflate';
import { AppError } from '../../core/errors/app-error';
import { wordHtmlLines, type WordLines } from '../../core/import/word-html-lines';
import { unzipBounded } from './bounded-unzip';
import { expectSignature } from './file-signature';

// A résumé's document.xml is tens of KB, styles and numbering a few more.
const DOCX_LIMITS = { maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 };
// The parts mammoth reads: every XML part and relationship list but the package's metadata and the
// theme (measured: the app's own .docx converts in ~11 ms instead of ~19 without them). Media and
// embedded files are never unpacked.
const WANTED_PART = /\.(xml|rels)$/i;
const UNREAD_PART = /^(docProps|customXml)\/|^word\/theme\//i;
// mammoth reads Word's title and subtitle styles as ordinary paragraphs; the name is often in Title.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A .docx résumé as lines with their roles (heading styles, list items, layout tables row by row), by
 * mammoth's public convertToHtml and wordHtmlLines. The package is unpacked first within bounds (only
 * the XML parts mammoth reads: it never sees an image or an embedded file) and handed to mammoth as a
 * stored archive of those parts, so mammoth inflates nothing the size checks have not seen.
 */
export async function readDocxResumeLines(bytes: Uint8Array): Promise<WordLines> {
  expectSignature(bytes, 'zip', 'Word file (.docx)');
  const parts = unzipBounded(
    bytes,
    (name) => WANTED_PART.test(name) && !UNREAD_PART.test(name),
    DOCX_LIMITS,
    'Word file',
  );
  // Every Office package has these two; where the document itself is, _rels/.rels says (mammoth reads it).
  if (!parts.has('[Content_Types].xml') || !parts.has('_rels/.rels')) {
    throw new AppError(
      'invalid-input',
      'This zip archive is not a Word document (it is not an Office package). A LinkedIn export has the extension .zip: open it under that name.',
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
