import type { Handlers } from '../../shared/contract';
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
>;

/** Editing the master résumé: every change is saved at once and answered with the whole tree. */
export function resumeHandlers(repos: Repositories): ResumeHandlers {
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
  };
}
