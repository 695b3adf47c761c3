import { AppError } from '../../core/errors/app-error';
import { firstPageHeaderPart, wordHeaderLines } from '../../core/import/word-header-lines';
import { wordHtmlLines, type WordLines } from '../../core/import/word-html-lines';
import type { TextLine } from '../../core/import/text-lines';
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
  const { stored, parts } = boundedWordPackage(bytes, 'Word file');
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
  const body = wordHtmlLines(html);
  const read = { lines: [...headerLines(parts, body.lines), ...body.lines], links: body.links };
  if (read.lines.every((line) => line.text === '')) {
    throw new AppError('invalid-input', 'This Word file has no text in it, so there is nothing to read.', {
      reason: 'no-text',
    });
  }
  return read;
}

/**
 * The first page's header lines (mammoth reads the body only), none the body also has (a template
 * may repeat the name there). They come first, as a reader sees them, and a blank line ends them.
 */
function headerLines(parts: ReadonlyMap<string, Uint8Array>, body: readonly TextLine[]): TextLine[] {
  const decoder = new TextDecoder('utf-8');
  const text = (name: string) => {
    const data = parts.get(name);
    return data === undefined ? '' : decoder.decode(data);
  };
  const header = firstPageHeaderPart(text('word/document.xml'), text('word/_rels/document.xml.rels'));
  if (header === undefined) return [];
  const inBody = new Set(body.map((line) => line.text));
  const lines = wordHeaderLines(text(header)).filter((line) => !inBody.has(line.text));
  return lines.length === 0 ? [] : [...lines, { text: '', indent: 0 }];
}
