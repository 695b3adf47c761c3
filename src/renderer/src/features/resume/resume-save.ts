import { createContext, useContext } from 'react';
import type { Resume } from '../../../../core/resume/resume';

/**
 * Every résumé edit goes through one function: it shows the "Saving…/Saved" status and applies the
 * résumé main returns. It rethrows on failure so the field that asked can keep its text and say why.
 */
export type SaveResume = (call: () => Promise<Resume>) => Promise<Resume>;

export const ResumeSaveContext = createContext<SaveResume | null>(null);

export function useResumeSave(): SaveResume {
  const save = useContext(ResumeSaveContext);
  if (!save) throw new Error('useResumeSave outside ResumeEditor');
  return save;
}
