import { createContext, useContext } from 'react';
import type { ResumeVersions, VersionedResume } from '../../../../shared/domain-types';

/**
 * Every résumé edit goes through one function: it shows the "Saving…/Saved" status and applies the
 * résumé main returns. It rethrows on failure so the field that asked can keep its text and say why.
 */
export type SaveResume = (call: () => Promise<VersionedResume>) => Promise<VersionedResume>;

export const ResumeSaveContext = createContext<SaveResume | null>(null);

export function useResumeSave(): SaveResume {
  const save = useContext(ResumeSaveContext);
  if (!save) throw new Error('useResumeSave outside ResumeEditor');
  return save;
}

/** The versions of the résumé on screen: what an edit that starts now is made on. */
export const ResumeVersionsContext = createContext<ResumeVersions | null>(null);

export function useResumeVersions(): ResumeVersions {
  const versions = useContext(ResumeVersionsContext);
  if (!versions) throw new Error('useResumeVersions outside ResumeEditor');
  return versions;
}
