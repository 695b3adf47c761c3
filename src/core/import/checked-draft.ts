import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { ResumeDraftSchema, type ResumeDraft } from '../resume/resume-draft';
import { describeIssue } from './validation-message';

/**
 * A draft any reader built, checked against the stored résumé's limits, so what an import gives can
 * always be stored; the first problem is named in the message ("sections[0].entries[2].title: ...").
 */
export function checkedDraft(draft: ResumeDraft): ResumeDraft {
  const checked = ResumeDraftSchema.safeParse(draft);
  if (checked.success) return checked.data;
  const problem = describeIssue(checked.error.issues[0] as z.core.$ZodIssue, draft);
  throw new AppError(
    'invalid-input',
    `This résumé cannot be imported: ${problem.path}: ${problem.message}.`,
    {
      path: problem.path,
    },
  );
}
