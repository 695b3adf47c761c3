import { AppError } from '../../core/errors/app-error';
import { htmlToText, looksLikeHtml } from '../../core/posting/html-to-text';
import type { PostingFileText } from '../../shared/domain-types';
import { MAX_POSTING_CHARS, MAX_POSTING_FILE_BYTES } from '../../shared/limits';
import { fileSignature } from './file-signature';
import { extractPdfText } from './pdf-text';
import { boundedWordPackage } from './word-package';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/**
 * Reads a posting the user saved as a file, by what the bytes are rather than what the name says: a PDF
 * (pdf.js, no scripts), a .docx (mammoth's raw text), otherwise text in UTF-8 or UTF-16 (a page saved
 * from the browser, .txt, .md). Throws AppError with a message naming the file for anything else.
 */
export async function readPostingFile(name: string, bytes: Uint8Array): Promise<PostingFileText> {
  if (bytes.length === 0) throw new AppError('invalid-input', `${name} is empty.`);
  if (bytes.length > MAX_POSTING_FILE_BYTES) {
    throw new AppError(
      'too-large',
      `${name} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a posting file can be at most ${MAX_POSTING_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  const result = await readByKind(name, bytes);
  if (result.text.trim() === '') {
    throw new AppError(
      'invalid-input',
      result.format === 'pdf'
        ? `${name} has no text to read: it may be a scanned image. Copy the posting from the job site instead.`
        : `${name} has no text to read.`,
    );
  }
  if ((result.html ?? result.text).length > MAX_POSTING_CHARS && result.text.length > MAX_POSTING_CHARS) {
    throw new AppError('too-large', `${name} holds more text than one posting can have.`);
  }
  return result;
}

async function readByKind(name: string, bytes: Uint8Array): Promise<PostingFileText> {
  const signature = fileSignature(bytes);
  if (signature === 'pdf') {
    // pdf.js refuses a Node Buffer: a plain Uint8Array view of the same bytes.
    const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { pages } = await extractPdfText(plain).catch((error: unknown) => {
      const message = (error as Error).message ?? '';
      if (/password/i.test(message)) {
        throw new AppError(
          'invalid-input',
          `${name} is protected by a password. Open it, print it to a new PDF, then try again.`,
        );
      }
      throw new AppError('invalid-input', `${name} could not be read as a PDF (${message}).`);
    });
    return { text: pages.join('\n\n'), format: 'pdf' };
  }
  if (signature === 'zip') {
    // Loaded only for a Word file: mammoth brings a zip and an XML reader.
    const { default: mammoth } = await import('mammoth');
    try {
      // Unpacked within bounds first: a posting file is as untrusted as a résumé (a zip bomb).
      const { value } = await mammoth.extractRawText({
        buffer: boundedWordPackage(bytes, 'Word file').stored,
      });
      return { text: value.replace(/\n{3,}/g, '\n\n').trim(), format: 'docx' };
    } catch (error) {
      if (error instanceof AppError && error.code === 'too-large') throw error;
      throw new AppError(
        'invalid-input',
        `${name} is a zip file but not a Word document that can be read (${(error as Error).message}).`,
      );
    }
  }
  if (signature === 'office-binary') {
    throw new AppError(
      'invalid-input',
      `${name} is an old Word (.doc) or other Office file. Save it as .docx or PDF, then open that.`,
    );
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new AppError('invalid-input', `${name} is not a text, web page, PDF or Word file.`);
  }
  // A saved page is shown as its text and kept as HTML, exactly like a page pasted from the clipboard.
  return looksLikeHtml(text)
    ? { text: htmlToText(text), html: text, format: 'html' }
    : { text, format: 'text' };
}

/** UTF-16 when a byte-order mark says so (Windows "Unicode" text), otherwise UTF-8. */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
