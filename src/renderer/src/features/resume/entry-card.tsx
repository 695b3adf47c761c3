import type { Entry } from '../../../../core/resume/entry';
import type { SectionKind } from '../../../../core/resume/section';
import { plural } from '../../lib/plural';
import { entryLabel } from '../../lib/resume-labels';
import { useReportError } from '../../lib/error-reporter';
import { ConfirmAction } from '../../ui/confirm-action';
import { BulletList } from './bullet-list';
import { entryFieldSpecs } from './entry-field-specs';
import { EntryFieldEditors } from './entry-field-editors';
import { useEntrySave } from './entry-save';

/** A job, degree, project... : its header fields, prose and bullets. */
export function EntryCard({ entry, kind }: { entry: Entry; kind: SectionKind }) {
  const report = useReportError();
  const entrySave = useEntrySave(entry);
  const { remove } = entrySave;
  const removeReported = () => remove().catch(report);

  return (
    <article className="entry" aria-label={entryLabel(entry)}>
      <div className="entry-fields">
        <EntryFieldEditors entry={entry} specs={entryFieldSpecs(kind, entry)} save={entrySave} />
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
