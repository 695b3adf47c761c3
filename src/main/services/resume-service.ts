import type { Handlers } from '../../shared/contract';
import { parseJsonResume } from '../../core/import/json-resume';
import type { Resume } from '../../core/resume/resume';
import type { ResumeDraft } from '../../core/resume/resume-draft';
import { planReplacement } from '../../core/resume/resume-replacement';
import type { Repositories } from '../db/repositories';

type ResumeHandlers = Pick<
  Handlers,
  | 'getResume'
  | 'updateProfile'
  | 'addSection'
  | 'renameSection'
  | 'deleteSection'
  | 'addEntry'
  | 'updateEntry'
  | 'deleteEntry'
  | 'addBullet'
  | 'updateBullet'
  | 'deleteBullet'
  | 'importJsonResume'
  | 'previewJsonImport'
>;

export interface ResumeServiceDeps {
  /** Copies the whole database beside it before an import and returns the copy's path. */
  backUpBeforeImport: () => string;
  /** The folder that backup goes to, to name it before the user confirms. */
  backupFolder: string;
}

/**
 * Master bullets with other wordings that an import would drop: the wordings go with the bullet (a
 * changed text is a new bullet), so the confirmation names them even when no job used one.
 */
export function bulletsLosingVariants(current: Resume, draft: ResumeDraft): number {
  const kept = new Set(
    planReplacement(current, draft).sections.flatMap((s) => s.entries.flatMap((e) => e.bullets)),
  );
  return current.sections
    .flatMap((s) => s.entries.flatMap((e) => e.bullets))
    .filter((b) => b.variants.length > 0 && !kept.has(b.id)).length;
}

/** Editing the master résumé: every change is saved at once and answered with the whole tree. */
export function resumeHandlers(repos: Repositories, deps: ResumeServiceDeps): ResumeHandlers {
  const { resume } = repos;
  const after = (change: () => unknown) => {
    change();
    return resume.getResume();
  };
  return {
    getResume: () => resume.getResume(),
    updateProfile: (profile) => after(() => resume.updateProfile(profile)),
    addSection: ({ kind, title }) => after(() => resume.addSection(kind, title)),
    renameSection: ({ id, title }) => after(() => resume.renameSection(id, title)),
    deleteSection: ({ id }) => after(() => resume.deleteSection(id)),
    addEntry: ({ sectionId, fields }) => after(() => resume.addEntry(sectionId, fields)),
    updateEntry: ({ id, fields }) => after(() => resume.updateEntry(id, fields)),
    deleteEntry: ({ id }) => after(() => resume.deleteEntry(id)),
    addBullet: ({ entryId, text }) => after(() => resume.addBullet(entryId, text)),
    updateBullet: ({ id, text }) => after(() => resume.updateBullet(id, text)),
    deleteBullet: ({ id }) => after(() => resume.deleteBullet(id)),
    previewJsonImport: ({ text }) => {
      const draft = parseJsonResume(text);
      return {
        jobsLosingChoices: resume.jobsLosingChoices(draft),
        bulletsLosingVariants: bulletsLosingVariants(resume.getResume(), draft),
        backupFolder: deps.backupFolder,
      };
    },
    // Parsed completely before anything is replaced: a bad file changes nothing, and takes no backup.
    // The backup comes before the replacement's transaction (SQLite cannot copy inside one).
    importJsonResume: ({ text }) => {
      const draft = parseJsonResume(text);
      const jobsLosingChoices = resume.jobsLosingChoices(draft);
      const backupPath = deps.backUpBeforeImport();
      resume.replaceResume(draft);
      return { resume: resume.getResume(), backupPath, jobsLosingChoices };
    },
  };
}
