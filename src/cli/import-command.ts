import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors/app-error';
import { resumeToJsonResume } from '../core/export/resume-to-json-resume';
import { parseJsonResume } from '../core/import/json-resume';
import { parseResumeLines, parseResumeText } from '../core/import/text-to-draft';
import { draftToResume } from '../core/resume/draft-to-resume';
import type { ResumeDraft } from '../core/resume/resume-draft';
import { MAX_IMPORT_CHARS } from '../shared/limits';
import { readBytes, readText } from './cli-input';

// Points past a column's left edge that make a glyph-less PDF line a bullet (about half an em).
const PDF_INDENT_STEP = 6;

/** What a reader made of a file: the draft, and what it was unsure of (one line each, for stderr). */
interface Recognised {
  draft: ResumeDraft;
  unsure: string[];
}

type Reader = (path: string) => Promise<Recognised>;

const READERS: Record<string, Reader> = {
  '.json': (path) =>
    Promise.resolve({ draft: parseJsonResume(readText(path, 'résumé', MAX_IMPORT_CHARS)), unsure: [] }),
  '.pdf': async (path) => {
    const { readPdfResumeLines, MAX_RESUME_FILE_BYTES } = await import('../main/adapters/pdf-resume-lines');
    const read = await readPdfResumeLines(readBytes(path, 'résumé', MAX_RESUME_FILE_BYTES));
    const { draft, unsure } = parseResumeLines(read.lines, {
      indentStep: PDF_INDENT_STEP,
      bodySize: read.bodySize,
    });
    // A link annotation is the file's own: the website (or email) the contact line points to.
    const web = read.links.find((link) => /^https?:/i.test(link));
    if (draft.profile.website === '' && web !== undefined) draft.profile.website = web;
    return { draft, unsure: unsure.map((note) => `line ${note.line}: ${note.message}`) };
  },
  '.txt': (path) => {
    const { draft, unsure } = parseResumeText(readText(path, 'résumé', MAX_IMPORT_CHARS));
    return Promise.resolve({ draft, unsure: unsure.map((note) => `line ${note.line}: ${note.message}`) });
  },
};

/**
 * `import <file>`: prints the résumé the app recognises in the file as JSON Resume on stdout (exit 0),
 * and what it was unsure of on stderr, so scripts and scorers can read the result without the app.
 * Nothing is stored: the CLI has no database.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined)
    throw new AppError('invalid-input', 'import takes exactly one résumé file.');
  const extension = extname(file).toLowerCase();
  const reader = READERS[extension];
  if (reader === undefined) {
    throw new AppError(
      'invalid-input',
      `import reads ${Object.keys(READERS).join(', ')} files; ${file} is not one of them.`,
    );
  }
  const { draft, unsure } = await reader(file);
  process.stdout.write(`${JSON.stringify(resumeToJsonResume(draftToResume(draft)), null, 2)}\n`);
  for (const line of unsure) process.stderr.write(`unsure: ${line}\n`);
  return 0;
}
