import { basename, extname } from 'node:path';
import { AppError } from '../../core/errors/app-error';
import { parseJsonResume } from '../../core/import/json-resume';
import { linkedInToDraft } from '../../core/import/linkedin-to-draft';
import { plainTextLines, type TextLine } from '../../core/import/text-lines';
import { parseResumeLines, parseResumeText } from '../../core/import/text-to-draft';
import type { ResumeDraft } from '../../core/resume/resume-draft';
import { MAX_IMPORT_CHARS, MAX_RESUME_FILE_BYTES } from '../../shared/limits';

// Points past a column's left edge that make a glyph-less PDF line a bullet (about half an em).
const PDF_INDENT_STEP = 6;

/**
 * What a reader made of a résumé file: the draft, what it was unsure of (one line each, "line N: …"),
 * and the lines it read, numbered as the notes number them, for the review screen's source column.
 */
export interface RecognisedResume {
  draft: ResumeDraft;
  unsure: string[];
  source: string[];
}

type ResumeReader = (bytes: Uint8Array) => Promise<RecognisedResume>;

/** The bytes as UTF-8 text, refused past the import limit with a message that names the limit. */
function textOf(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('utf8');
  if (text.length > MAX_IMPORT_CHARS) {
    throw new AppError(
      'too-large',
      `This résumé file is longer than the ${MAX_IMPORT_CHARS.toLocaleString('en')} characters accepted.`,
    );
  }
  return text;
}

/** A line as shown in the source column: its leading space kept where it is counted in characters. */
const shownLines = (lines: readonly TextLine[], indented: boolean): string[] =>
  lines.map((line) => (indented ? ' '.repeat(line.indent) + line.text : line.text));

const notes = (unsure: readonly { line: number; message: string }[]): string[] =>
  unsure.map((note) => `line ${note.line}: ${note.message}`);

/**
 * One reader per file type, keyed by extension. The app's import channel and the CLI both go through
 * here, so a file reads the same in both.
 */
const READERS: Record<string, ResumeReader> = {
  '.docx': async (bytes) => {
    const { readDocxResumeLines } = await import('../adapters/docx-resume-lines');
    const read = await readDocxResumeLines(bytes);
    const { draft, unsure } = parseResumeLines(read.lines);
    // A link is the file's own: the website (or email) the contact line points to, as for a PDF.
    const web = read.links.find((link) => /^https?:/i.test(link));
    if (draft.profile.website === '' && web !== undefined) draft.profile.website = web;
    return { draft, unsure: notes(unsure), source: shownLines(read.lines, false) };
  },
  '.json': (bytes) => {
    const text = textOf(bytes);
    return Promise.resolve({
      draft: parseJsonResume(text),
      unsure: [],
      source: shownLines(plainTextLines(text), true),
    });
  },
  '.pdf': async (bytes) => {
    // pdf.js is loaded only for a PDF: it is the heaviest module of the import.
    const { readPdfResumeLines } = await import('../adapters/pdf-resume-lines');
    const read = await readPdfResumeLines(bytes);
    const { draft, unsure } = parseResumeLines(read.lines, {
      indentStep: PDF_INDENT_STEP,
      bodySize: read.bodySize,
    });
    // A link annotation is the file's own: the website (or email) the contact line points to.
    const web = read.links.find((link) => /^https?:/i.test(link));
    if (draft.profile.website === '' && web !== undefined) draft.profile.website = web;
    // A PDF's indents are in points, not characters: the source column shows its text alone.
    return { draft, unsure: notes(unsure), source: shownLines(read.lines, false) };
  },
  '.txt': (bytes) => {
    const text = textOf(bytes);
    const { draft, unsure } = parseResumeText(text);
    return Promise.resolve({ draft, unsure: notes(unsure), source: shownLines(plainTextLines(text), true) });
  },
  // A LinkedIn data export: the archive LinkedIn's "Get a copy of your data" sends.
  '.zip': async (bytes) => {
    const { readLinkedInExportFiles } = await import('../adapters/linkedin-export-files');
    const files = readLinkedInExportFiles(bytes);
    const read = linkedInToDraft(files);
    // The CSV files read, each under its export name, so the user can see where a field came from.
    const source = Object.entries(files).flatMap(([file, text]) => [
      `— ${file} —`,
      ...shownLines(plainTextLines(text), true),
    ]);
    return { ...read, source };
  },
};

/** The extensions a résumé file may have, for messages and file pickers. */
export const RESUME_FILE_EXTENSIONS: readonly string[] = Object.keys(READERS);

/**
 * Reads a résumé file's bytes by its type. An unknown type is refused with a message that lists the
 * types read; nothing is stored here (the caller decides what to do with the draft).
 */
export async function readResumeFile(bytes: Uint8Array, fileName: string): Promise<RecognisedResume> {
  const reader = READERS[extname(fileName).toLowerCase()];
  if (reader === undefined) {
    throw new AppError(
      'invalid-input',
      `A résumé can be read from ${RESUME_FILE_EXTENSIONS.join(', ')} files; ${fileName} is not one of them.`,
    );
  }
  // Checked here for every type, before any reader allocates for the file.
  if (bytes.byteLength > MAX_RESUME_FILE_BYTES) {
    throw new AppError(
      'too-large',
      `${basename(fileName)} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a résumé file can be at most ${MAX_RESUME_FILE_BYTES / 1024 / 1024} MB.`,
      { reason: 'too-large' },
    );
  }
  return reader(bytes);
}
