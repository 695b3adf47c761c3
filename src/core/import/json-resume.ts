import { AppError } from '../errors/app-error';
import { ResumeDraftSchema, type ResumeDraft } from '../resume/resume-draft';
import { jsonResumeToDraft } from './json-resume-to-draft';
import { JsonResumeSchema } from './json-resume-schema';
import { describeIssue, type ValidationProblem } from './validation-message';

/** Enough to fix a file without flooding the message box. */
const MAX_PROBLEMS_LISTED = 10;

/**
 * Reads a JSON Resume document (jsonresume.org, v1.0.0) into a résumé draft, ready to replace the
 * stored résumé. Every failure is an AppError('invalid-input') whose message names the place to fix:
 * "work[2].highlights[0]: expected a string, found a number".
 *
 * Steps: text -> JSON value -> validated JSON Resume -> draft -> draft checked against the stored
 * résumé's limits -> refuse a draft with nothing in it (importing it would wipe the résumé).
 */
export function parseJsonResume(text: string): ResumeDraft {
  const value = parseJson(text);
  const doc = JsonResumeSchema.safeParse(value);
  if (!doc.success) throw invalid(doc.error.issues.map((issue) => describeIssue(issue, value)));

  const converted = jsonResumeToDraft(doc.data, value);
  const draft = ResumeDraftSchema.safeParse(converted);
  if (!draft.success) {
    // Only reachable through combined fields (a location built from three long parts); name the result.
    throw invalid(draft.error.issues.map((issue) => describeIssue(issue, converted)));
  }
  if (isEmpty(draft.data)) {
    throw new AppError(
      'invalid-input',
      'This file has none of the parts a JSON Resume holds (basics, work, education, skills...), so nothing was imported.',
      { path: '' },
    );
  }
  return draft.data;
}

function parseJson(text: string): unknown {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new AppError('invalid-input', 'The file is empty: expected a JSON Resume document.', { path: '' });
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'invalid-input',
      `This is not valid JSON, so it cannot be a JSON Resume file (${reason}).`,
      { path: '', reason },
    );
  }
}

function invalid(problems: ValidationProblem[]): AppError {
  const [first] = problems;
  const more = problems.length - 1;
  const head = first === undefined ? 'the document is not a JSON Resume' : `${first.path}: ${first.message}`;
  return new AppError(
    'invalid-input',
    `This JSON Resume cannot be imported: ${head}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}.`,
    { path: first?.path ?? '', problems: problems.slice(0, MAX_PROBLEMS_LISTED) },
  );
}

/** Nothing from the parts JSON Resume defines: leftovers alone mean the file is some other JSON. */
const isEmpty = (draft: ResumeDraft): boolean =>
  draft.sections.every((section) => section.kind === 'custom') &&
  Object.values(draft.profile).every((value) => value === '');
