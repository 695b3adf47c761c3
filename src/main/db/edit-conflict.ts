import { AppError } from '../../core/errors/app-error';
import type { EditConflict } from '../../shared/types/resume-versions';

const WHAT: Record<EditConflict['kind'], string> = {
  bullet: 'bullet',
  section: 'section title',
  entry: 'entry',
  profile: 'profile',
};

/** An edit made on text that another window has saved over since: nothing is written. */
export const editConflict = (conflict: EditConflict): AppError =>
  new AppError(
    'conflict',
    `This ${WHAT[conflict.kind]} was changed in another window. Choose which text to keep.`,
    { ...conflict },
  );
