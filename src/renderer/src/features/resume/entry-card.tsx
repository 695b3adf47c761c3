import { useCallback, useMemo } from 'react';
import { ENTRY_TEXT_FIELDS, type Entry, type EntryFields } from '../../../../core/resume/entry';
import { entryDetailLabel, isListKind, type SectionKind } from '../../../../core/resume/section';
import { useSerialSave } from '../../lib/use-serial-save';
import { api } from '../../lib/api';
import { plural } from '../../lib/plural';
import { entryLabel } from '../../lib/resume-labels';
import { useReportError } from '../../lib/error-reporter';
import { ConfirmAction } from '../../ui/confirm-action';
import { EditableField } from '../../ui/editable-field';
import { BulletList } from './bullet-list';
import { useResumeSave } from './resume-save';

interface FieldSpec {
  key: keyof EntryFields;
  label: string;
  placeholder?: string;
  multiline?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'title', label: 'Title', placeholder: 'Senior Engineer' },
  { key: 'organization', label: 'Organization', placeholder: 'Company or school' },
  { key: 'location', label: 'Location' },
  { key: 'startDate', label: 'Start date', placeholder: 'e.g. Mar 2021' },
  { key: 'endDate', label: 'End date', placeholder: 'e.g. Present' },
  { key: 'url', label: 'Link', placeholder: 'e.g. example.com' },
];

/**
 * The fields a kind has a use for, plus any other that holds text (an import may fill one the kind
 * does not show): an entry never hides what it stores.
 */
function fieldsFor(kind: SectionKind, entry: EntryFields): FieldSpec[] {
  const detail = entryDetailLabel(kind);
  const extra: FieldSpec[] = [
    { key: 'detail', label: detail ?? 'Detail' },
    { key: 'summary', label: 'Summary', multiline: true },
    { key: 'courses', label: 'Courses (one per line)', multiline: true },
  ];
  const shown = (f: FieldSpec) =>
    entry[f.key] !== '' ||
    (f.key === 'detail' && detail !== null) ||
    (f.key === 'courses' && kind === 'education') ||
    (f.key === 'summary' && !isListKind(kind));
  return [...FIELDS, ...extra.filter(shown)];
}

const entryFields = (entry: EntryFields): EntryFields => {
  const fields = {} as EntryFields;
  for (const key of ENTRY_TEXT_FIELDS) fields[key] = entry[key];
  return fields;
};

export function EntryCard({ entry, kind }: { entry: Entry; kind: SectionKind }) {
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
        {fieldsFor(kind, entry).map((f) => (
          <EditableField
            key={f.key}
            label={f.label}
            className={`entry-field-${f.key}`}
            placeholder={f.placeholder}
            multiline={f.multiline}
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
