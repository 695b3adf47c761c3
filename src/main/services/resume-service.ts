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

/**
 * Editing the master résumé: every change is saved at once and answered with the whole tree and its
 * versions. An edit of text names the version it started from (see ResumeRepo's edits).
 */
export function resumeHandlers(repos: Repositories): ResumeHandlers {
  const { resume } = repos;
  const after = (change: () => unknown) => {
    change();
    return resume.getVersionedResume();
  };
  return {
    getResume: () => resume.getVersionedResume(),
    updateProfile: ({ version, ...profile }) => after(() => resume.updateProfile(profile, version)),
    addSection: ({ kind, title }) => after(() => resume.addSection(kind, title)),
    renameSection: ({ id, title, version }) => after(() => resume.renameSection(id, title, version)),
    deleteSection: ({ id }) => after(() => resume.deleteSection(id)),
    addEntry: ({ sectionId, fields }) => after(() => resume.addEntry(sectionId, fields)),
    updateEntry: ({ id, fields, version }) => after(() => resume.updateEntry(id, fields, version)),
    deleteEntry: ({ id }) => after(() => resume.deleteEntry(id)),
    addBullet: ({ entryId, text }) => after(() => resume.addBullet(entryId, text)),
    updateBullet: ({ id, text, version }) => after(() => resume.updateBullet(id, text, version)),
    deleteBullet: ({ id }) => after(() => resume.deleteBullet(id)),
  };
}
