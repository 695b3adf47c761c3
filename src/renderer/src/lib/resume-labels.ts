import type { EntryFields } from '../../../core/resume/entry';

/** "Senior Engineer — Acme": how an entry is named wherever it is listed. */
export const entryLabel = (entry: Pick<EntryFields, 'title' | 'organization'>): string =>
  [entry.title.trim(), entry.organization.trim()].filter(Boolean).join(' — ') || 'Untitled entry';
