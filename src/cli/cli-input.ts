import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../core/errors/app-error';
import { analyzePosting } from '../core/posting/analyze-posting';
import { pasteToText } from '../core/posting/paste-to-text';
import { MAX_POSTING_CHARS } from '../shared/limits';
import { cliSkillMatcher } from './user-dictionary';

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
  const maxBytes = limit * MAX_UTF8_BYTES_PER_UNIT;
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
    throw new AppError(
      'io-failed',
      `Cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = Buffer.concat(chunks, total).toString('utf8');
  if (text.length > limit) throw tooLarge();
  return text;
}

/** A posting file analyzed with the bundled dictionary plus the terms the user added in the app (issue 3). */
export async function analyzeFile(path: string, resourcesDir: string) {
  const { text } = pasteToText(readText(path, 'posting', MAX_POSTING_CHARS));
  const matcher = await cliSkillMatcher(resourcesDir);
  return { matcher, analysis: analyzePosting(text, matcher) };
}
