import { readFileSync } from 'node:fs';
import { AppError } from '../core/errors/app-error';
import { analyzePosting } from '../core/posting/analyze-posting';
import { pasteToText } from '../core/posting/paste-to-text';
import { MAX_POSTING_CHARS } from '../shared/limits';
import { cliSkillMatcher } from './user-dictionary';

/** Reads a text file the user named, refusing one larger than `limit` characters with a message. */
export function readText(path: string, what: string, limit: number): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'io-failed',
      `Cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (text.length > limit) {
    throw new AppError(
      'too-large',
      `The ${what} file ${path} is larger than the ${limit.toLocaleString('en')} characters accepted.`,
    );
  }
  return text;
}

/** A posting file analyzed with the bundled dictionary plus the terms the user added in the app (issue 3). */
export async function analyzeFile(path: string, resourcesDir: string) {
  const { text, stated } = pasteToText(readText(path, 'posting', MAX_POSTING_CHARS));
  const matcher = await cliSkillMatcher(resourcesDir);
  return { matcher, analysis: analyzePosting(text, matcher, stated) };
}
