import type { Entry } from '../../../../core/resume/entry';
import type { SectionKind } from '../../../../core/resume/section';
import { plural } from '../../lib/plural';
import { entryLabel } from '../../lib/resume-labels';
import { useReportError } from '../../lib/error-reporter';
import { ConfirmAction } from '../../ui/confirm-action';
import { EditableField } from '../../ui/editable-field';
import { BulletList } from './bullet-list';
import { entryFieldSpecs } from './entry-field-specs';
import { useEntrySave } from './entry-save';

/** A job, degree, project... : its header fields, prose and bullets. */
export function EntryCard({ entry, kind }: { entry: Entry; kind: SectionKind }) {
  const report = useReportError();
  const { saveField, remove, version } = useEntrySave(entry);
  const removeReported = () => remove().catch(report);

  return (
    <article className="entry" aria-label={entryLabel(entry)}>
      <div className="entry-fields">
        {entryFieldSpecs(kind, entry).map((f) => (
          <EditableField
            key={f.key}
            label={f.label}
            className={`entry-field-${f.key}`}
            placeholder={f.placeholder}
            multiline={f.multiline}
            value={entry[f.key]}
            version={version}
            onSave={saveField(f.key)}
          />
        ))}
      </div>
      <BulletList entry={entry} />
      <div className="entry-actions">
        {entry.bullets.length === 0 ? (
          <button type="button" className="button-danger-quiet" onClick={() => void removeReported()}>
            Delete entry
          </button>
        ) : (
          <ConfirmAction
            label="Delete entry"
            question={`Delete “${entryLabel(entry)}” and its ${plural(entry.bullets.length, 'bullet')}?`}
            confirmLabel="Yes, delete entry"
            onConfirm={removeReported}
          />
        )}
      </div>
    </article>
  );
}
