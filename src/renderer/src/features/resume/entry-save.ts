import { useCallback, useMemo } from 'react';
import { ENTRY_TEXT_FIELDS, type Entry, type EntryFields } from '../../../../core/resume/entry';
import { api } from '../../lib/api';
import { useSerialSave } from '../../lib/use-serial-save';
import { useResumeSave } from './resume-save';

const entryFields = (entry: EntryFields): EntryFields => {
  const fields = {} as EntryFields;
  for (const key of ENTRY_TEXT_FIELDS) fields[key] = entry[key];
  return fields;
};

/**
 * Saving one field of an entry and deleting it. The channel takes every field of the entry: the others
 * go along as last stored, one save after another (useSerialSave says why).
 */
export function useEntrySave(entry: Entry) {
  const save = useResumeSave();
  const fields = useMemo(() => entryFields(entry), [entry]);
  const send = useCallback(
    async (next: EntryFields) => {
      const resume = await save(() => api.updateEntry({ id: entry.id, fields: next }));
      const stored = resume.sections.flatMap((s) => s.entries).find((e) => e.id === entry.id);
      return stored && entryFields(stored);
    },
    [save, entry.id],
  );
  const saveEntry = useSerialSave(fields, send);
  const saveField = (key: keyof EntryFields) => (text: string) => saveEntry(key, text);
  const remove = () => save(() => api.deleteEntry({ id: entry.id })).then(() => undefined);
  return { saveField, remove };
}
