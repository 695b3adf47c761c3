import type { EntryFields } from '../../../src/core/resume/resume';
import { emptyEntryFields } from '../../../src/core/resume/entry';

/** An entry's fields with only a title (and whatever `more` names) filled in. */
export const fields = (title: string, more: Partial<EntryFields> = {}): EntryFields => ({
  ...emptyEntryFields(),
  title,
  ...more,
});
