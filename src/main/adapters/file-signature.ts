import { AppError } from '../../core/errors/app-error';

/** What a file's first bytes say it is, whatever its name says. */
export type FileSignature = 'empty' | 'pdf' | 'zip' | 'office-binary' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
// A local file header; an empty archive is only its end-of-central-directory record.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
// The compound-file container of Word 97-2003, and of a password-protected .docx.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
// Office writes the encryption stream's name in UTF-16 in the container's directory.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'office-binary';
  // Text has no NUL in its first KB (UTF-16 text is not a résumé format read here).
  return bytes.subarray(0, 1024).includes(0) ? 'binary' : 'text';
}

// What the file is instead, and what to do about it.
const INSTEAD: Record<Exclude<FileSignature, 'empty'>, [string, string]> = {
  pdf: ['a PDF', 'Rename it to .pdf and open it again.'],
  zip: ['a zip archive', 'A Word file ends in .docx, a LinkedIn export in .zip: rename it to what it is.'],
  'office-binary': [
    'an old Word (.doc) or other Office 97-2003 file',
    'Save it as .docx or PDF, then open that.',
  ],
  text: ['plain text', 'Rename it to .txt, or paste its text instead.'],
  binary: ['not a document this app reads', 'Open the original résumé file instead.'],
};

/**
 * Refuses a file whose bytes are not `expected`, with a message that says what it is instead and what
 * to do: a .docx that is really a PDF, a .zip that is text, an empty or password-protected file.
 */
export function expectSignature(bytes: Uint8Array, expected: FileSignature, what: string): void {
  const found = fileSignature(bytes);
  if (found === expected) return;
  if (found === 'empty')
    throw new AppError('invalid-input', `This ${what} is empty (0 bytes): there is nothing to read.`, {
      reason: 'empty',
    });
  if (found === 'office-binary' && Buffer.from(bytes).includes(ENCRYPTION_INFO)) {
    throw new AppError(
      'invalid-input',
      `This ${what} is protected by a password, so it cannot be read. Open it in Word, remove the password (File > Info > Protect Document), save, and open the new file.`,
      { reason: 'encrypted' },
    );
  }
  const [instead, hint] = INSTEAD[found];
  throw new AppError('invalid-input', `This file is named as a ${what} but it is ${instead}. ${hint}`, {
    reason: 'wrong-type',
    found,
  });
}
