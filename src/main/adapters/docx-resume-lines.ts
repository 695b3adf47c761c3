import { AppError } from '../../core/errors/app-error';
import { wordHtmlLines, type WordLines } from '../../core/import/word-html-lines';
import { expectSignature } from './file-signature';
import { boundedWordPackage } from './word-package';

// mammoth reads Word's title and subtitle styles as ordinary paragraphs; the name is often in Title.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A .docx résumé as lines with their roles (heading styles, list items, layout tables row by row), by
 * mammoth's public convertToHtml and wordHtmlLines, on the package made safe first (word-package).
 */
export async function readDocxResumeLines(bytes: Uint8Array): Promise<WordLines> {
  expectSignature(bytes, 'zip', 'Word file (.docx)');
  const stored = boundedWordPackage(bytes, 'Word file');
  // Loaded only for a Word file: mammoth brings a zip and an XML reader.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: stored },
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
