import { AppError } from '../../core/errors/app-error';
import { importChanges, type ImportChanges } from '../../core/resume/import-changes';
import type { Resume } from '../../core/resume/resume';
import type { ResumeDraft } from '../../core/resume/resume-draft';
import { planReplacement } from '../../core/resume/resume-replacement';
import {
  defaultMergeChoices,
  mergeDraft,
  planMerge,
  type MergeChoices,
  type MergePlan,
} from '../../core/resume/resume-merge';
import type { Handlers } from '../../shared/contract';
import type { ImportMode, RecognisedImport, UnsureNote } from '../../shared/domain-types';
import type { Repositories } from '../db/repositories';
import { readResumeFile } from '../import/read-resume-file';

type ImportHandlers = Pick<
  Handlers,
  'recogniseResumeFile' | 'recogniseResumeText' | 'previewResumeImport' | 'applyResumeImport'
>;

export interface ImportServiceDeps {
  /** Copies the whole database beside it before an import and returns the copy's path. */
  backUpBeforeImport: () => string;
  /** The folder that backup goes to, to name it before the user confirms. */
  backupFolder: string;
}

/**
 * Master bullets with other wordings that an import would drop: the wordings go with the bullet (a
 * changed text is a new bullet), so the confirmation names them even when no job used one.
 */
function bulletsLosingVariants(current: Resume, draft: ResumeDraft): number {
  const kept = new Set(
    planReplacement(current, draft).sections.flatMap((s) => s.entries.flatMap((e) => e.bullets)),
  );
  return current.sections
    .flatMap((s) => s.entries.flatMap((e) => e.bullets))
    .filter((b) => b.variants.length > 0 && !kept.has(b.id)).length;
}

/** The readers' notes are "line N: message"; the review screen wants the number to mark the line. */
function unsureNote(note: string): UnsureNote {
  const match = /^line (\d+): ([\s\S]*)$/.exec(note);
  return match === null ? { line: null, message: note } : { line: Number(match[1]), message: match[2] ?? '' };
}

async function recognise(bytes: Uint8Array, fileName: string, shownAs: string): Promise<RecognisedImport> {
  if (bytes.length === 0) throw new AppError('invalid-input', `${shownAs} is empty.`);
  const read = await readResumeFile(bytes, fileName);
  return { name: shownAs, draft: read.draft, unsure: read.unsure.map(unsureNote), source: read.source };
}

interface Target {
  plan: MergePlan;
  next: ResumeDraft;
  choices: MergeChoices;
  changes: ImportChanges;
  removals: number;
}

/** The résumé an import would store, and what that changes, from the stored one. */
function targetOf(
  current: Resume,
  draft: ResumeDraft,
  mode: ImportMode,
  sent: MergeChoices | undefined,
): Target {
  const plan = planMerge(current, draft);
  const choices = sent ?? defaultMergeChoices(plan);
  const next = mode === 'replace' ? draft : mergeDraft(current, draft, choices);
  const changes = importChanges(current, next);
  const { sections, entries, bullets } = changes.removed;
  return { plan, next, choices, changes, removals: sections.length + entries.length + bullets.length };
}

/**
 * Résumé import with a review: a file or a paste is read and shown first, then stored as a replacement
 * or merged, only as the user confirmed it. Nothing is written until applyResumeImport, which backs the
 * data up first and stores in one transaction.
 */
export function importHandlers(repos: Repositories, deps: ImportServiceDeps): ImportHandlers {
  const { resume } = repos;
  return {
    // The bytes come from the renderer, never a path: main reads nothing the renderer names.
    recogniseResumeFile: ({ name, data }) => recognise(Buffer.from(data, 'base64'), name, name),
    // Pasted JSON Resume text is read as JSON, anything else as plain text, by the same readers.
    recogniseResumeText: ({ text }) =>
      recognise(
        Buffer.from(text, 'utf8'),
        text.trimStart().startsWith('{') ? 'pasted.json' : 'pasted.txt',
        'Pasted text',
      ),
    previewResumeImport: ({ draft, mode, choices }) => {
      const current = resume.getResume();
      const target = targetOf(current, draft, mode, choices);
      return {
        mode,
        merge: target.plan,
        choices: target.choices,
        changes: target.changes,
        removals: target.removals,
        jobsLosingChoices: resume.jobsLosingChoices(target.next),
        bulletsLosingVariants: bulletsLosingVariants(current, target.next),
        backupFolder: deps.backupFolder,
      };
    },
    applyResumeImport: ({ draft, mode, choices, removals }) => {
      // Checked before the backup, so a refused import leaves no backup behind; checked again inside the
      // transaction, where it decides.
      const check = (current: Resume) => {
        const target = targetOf(current, draft, mode, choices);
        if (target.removals !== removals) {
          throw new AppError(
            'invalid-input',
            `Your résumé changed since this summary: the import would now remove ${target.removals} items, not the ${removals} shown. Look at the summary again before confirming.`,
          );
        }
        return target;
      };
      const before = check(resume.getResume());
      const jobsLosingChoices = resume.jobsLosingChoices(before.next);
      const backupPath = deps.backUpBeforeImport();
      const changes = resume.replaceResumeFrom((current) => {
        const target = check(current);
        return { draft: target.next, result: target.changes };
      });
      return { resume: resume.getVersionedResume(), backupPath, changes, jobsLosingChoices };
    },
  };
}
