import { useCallback, useMemo } from 'react';
import type { Entry, EntryFields } from '../../../../core/resume/entry';
import { useSerialSave } from '../../lib/use-serial-save';
import { api } from '../../lib/api';
import { plural } from '../../lib/plural';
import { entryLabel } from '../../lib/resume-labels';
import { useReportError } from '../../lib/error-reporter';
import { ConfirmAction } from '../../ui/confirm-action';
import { EditableField } from '../../ui/editable-field';
import { BulletList } from './bullet-list';
import { useResumeSave } from './resume-save';

const FIELDS: readonly { key: keyof EntryFields; label: string; placeholder?: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'Senior Engineer' },
  { key: 'organization', label: 'Organization', placeholder: 'Company or school' },
  { key: 'location', label: 'Location' },
  { key: 'startDate', label: 'Start date', placeholder: 'e.g. Mar 2021' },
  { key: 'endDate', label: 'End date', placeholder: 'e.g. Present' },
];

const entryFields = (entry: EntryFields): EntryFields => ({
  title: entry.title,
  organization: entry.organization,
  location: entry.location,
  startDate: entry.startDate,
  endDate: entry.endDate,
});

export function EntryCard({ entry }: { entry: Entry }) {
  const save = useResumeSave();
  const report = useReportError();
  const fields = useMemo(() => entryFields(entry), [entry]);
  // The channel takes every field of the entry: the others go along as last stored.
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

  const remove = () => save(() => api.deleteEntry({ id: entry.id })).then(() => undefined, report);

  return (
    <article className="entry" aria-label={entryLabel(entry)}>
      <div className="entry-fields">
        {FIELDS.map((f) => (
          <EditableField
            key={f.key}
            label={f.label}
            className={`entry-field-${f.key}`}
            placeholder={f.placeholder}
            value={entry[f.key]}
            onSave={saveField(f.key)}
          />
        ))}
      </div>
      <BulletList entry={entry} />
      <div className="entry-actions">
        {entry.bullets.length === 0 ? (
          <button type="button" className="button-danger-quiet" onClick={() => void remove()}>
            Delete entry
          </button>
        ) : (
          <ConfirmAction
            label="Delete entry"
            question={`Delete “${entryLabel(entry)}” and its ${plural(entry.bullets.length, 'bullet')}?`}
            confirmLabel="Yes, delete entry"
            onConfirm={remove}
          />
        )}
      </div>
    </article>
  );
}
