import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../core/errors/app-error';
import { analyzePosting } from '../core/posting/analyze-posting';
import { pasteToText } from '../core/posting/paste-to-text';
import { readPostingFile } from '../main/adapters/posting-file';
import { MAX_POSTING_FILE_BYTES } from '../shared/limits';
import { cliSkillMatcher } from './cli-skill-matcher';

function cannotRead(what: string, path: string, error: unknown): AppError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new AppError('io-failed', `Cannot read the ${what} file ${path}: ${reason}`);
}

// A UTF-16 unit takes at most 3 bytes of UTF-8 (a 4-byte character is 2 units), so a text within the
// limit is within 3 bytes per character: reading stops there whatever the file claims to be.
const MAX_UTF8_BYTES_PER_UNIT = 3;
const CHUNK_BYTES = 1 << 20;

/**
 * Reads a text file the user named, refusing one larger than `limit` characters with a message. The size
 * is checked while reading, not after: /dev/zero or a FIFO never ends, and reading it whole grew to 12 GB.
 */
export function readText(path: string, what: string, limit: number): string {
  const tooLarge = () =>
    new AppError(
      'too-large',
      `The ${what} file ${path} is larger than the ${limit.toLocaleString('en')} characters accepted.`,
    );
  const text = Buffer.from(readBounded(path, what, limit * MAX_UTF8_BYTES_PER_UNIT, tooLarge)).toString(
    'utf8',
  );
  if (text.length > limit) throw tooLarge();
  return text;
}

/** The bytes of a file, refusing one larger than `limit` bytes with a message. */
export function readBytes(path: string, what: string, limit: number): Uint8Array {
  return readBounded(
    path,
    what,
    limit,
    () =>
      new AppError(
        'too-large',
        `The ${what} file ${path} is larger than the ${(limit / 1024 / 1024).toLocaleString('en')} MB accepted.`,
      ),
  );
}

/**
 * Reads at most `maxBytes`, failing with `tooLarge()` past that: a size from stat means nothing for
 * /dev/zero or a pipe, so the read itself is what is bounded.
 */
function readBounded(path: string, what: string, maxBytes: number, tooLarge: () => AppError): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw cannotRead(what, path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A posting file (text, a saved web page, a PDF, a .docx) analyzed with the bundled dictionary plus the
 * terms the user added in the app, as the app reads the same file.
 */
export async function analyzeFile(path: string, resourcesDir: string) {
  const file = await readPostingFile(basename(path), readBytes(path, 'posting', MAX_POSTING_FILE_BYTES));
  const { text, stated } = pasteToText(file.html ?? file.text);
  const matcher = await cliSkillMatcher(resourcesDir);
  return { matcher, analysis: analyzePosting(text, matcher, stated) };
}
