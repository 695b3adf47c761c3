import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../core/errors/app-error';
import { analyzePosting } from '../core/posting/analyze-posting';
import { pasteToText } from '../core/posting/paste-to-text';
import { readPostingFile } from '../main/adapters/posting-file';
import { MAX_POSTING_FILE_BYTES } from '../shared/limits';
import { cliSkillMatcher } from './user-dictionary';

function cannotRead(what: string, path: string, error: unknown): AppError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new AppError('io-failed', `Cannot read the ${what} file ${path}: ${reason}`);
}

/** Reads a text file the user named, refusing one larger than `limit` characters with a message. */
export function readText(path: string, what: string, limit: number): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw cannotRead(what, path, error);
  }
  if (text.length > limit) {
    throw new AppError(
      'too-large',
      `The ${what} file ${path} is larger than the ${limit.toLocaleString('en')} characters accepted.`,
    );
  }
  return text;
}

/**
 * The bytes of a file, refusing one larger than `limit` while reading: a size from stat means nothing for
 * /dev/zero or a pipe, so the read itself is what is bounded.
 */
export function readBytes(path: string, what: string, limit: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw cannotRead(what, path, error);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit) {
        throw new AppError(
          'too-large',
          `The ${what} file ${path} is larger than the ${(limit / 1024 / 1024).toLocaleString('en')} MB accepted.`,
        );
      }
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw cannotRead(what, path, error);
  } finally {
    closeSync(fd);
  }
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
