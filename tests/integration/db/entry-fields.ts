import type { EntryFields } from '../../../src/core/resume/resume';

/** An entry's fields with only a title (and whatever `more` names) filled in. */
export const fields = (title: string, more: Partial<EntryFields> = {}): EntryFields => ({
  title,
  organization: '',
  location: '',
  startDate: '',
  endDate: '',
  ...more,
});
