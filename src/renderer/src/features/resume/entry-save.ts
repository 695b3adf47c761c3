import { useCallback, useMemo } from 'react';
import { ENTRY_TEXT_FIELDS, type Entry, type EntryFields } from '../../../../core/resume/entry';
import { api } from '../../lib/api';
import { guardEdit } from '../../lib/edit-conflict';
import { useSerialSave } from '../../lib/use-serial-save';
import { useResumeSave, useResumeVersions } from './resume-save';

const entryFields = (entry: EntryFields): EntryFields => {
  const fields = {} as EntryFields;
  for (const key of ENTRY_TEXT_FIELDS) fields[key] = entry[key];
  return fields;
};

/**
 * Saving one field of an entry and deleting it. The channel takes every field of the entry: the others
 * go along as last stored, one save after another (useSerialSave says why). `version` is the entry's
 * stored version, for each field's EditableField.
 */
export function useEntrySave(entry: Entry) {
  const save = useResumeSave();
  const version = useResumeVersions().entries[entry.id];
  const fields = useMemo(() => entryFields(entry), [entry]);
  const send = useCallback(
    async (next: EntryFields, at: number | undefined) => {
      const resume = await guardEdit('entry', () =>
        save(() => api.updateEntry({ id: entry.id, fields: next, version: at ?? 0 })),
      );
      const stored = resume.sections.flatMap((s) => s.entries).find((e) => e.id === entry.id);
      const storedAt = resume.versions.entries[entry.id];
      return stored && storedAt !== undefined
        ? { record: entryFields(stored), version: storedAt }
        : undefined;
    },
    [save, entry.id],
  );
  const saveEntry = useSerialSave(fields, send);
  const saveField = (key: keyof EntryFields) => (text: string, at: number | undefined) =>
    saveEntry(key, text, at);
  const remove = () => save(() => api.deleteEntry({ id: entry.id })).then(() => undefined);
  return { saveField, remove, version };
}
