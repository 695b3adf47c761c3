import type { Entry } from '../../../../core/resume/entry';
import type { SectionKind } from '../../../../core/resume/section';
import { plural } from '../../lib/plural';
import { useReportError } from '../../lib/error-reporter';
import { ConfirmAction } from '../../ui/confirm-action';
import { listEntryFieldSpecs, listKindHasKeywords } from './entry-field-specs';
import { EntryFieldEditors } from './entry-field-editors';
import { useEntrySave } from './entry-save';
import { KeywordChips } from './keyword-chips';
import { KIND_ENTRY_NOUNS } from './section-kinds';

/** A skill group, language or interest: its name, a level where the kind has one, and keyword chips. */
export function ListEntryCard({ entry, kind }: { entry: Entry; kind: SectionKind }) {
  const report = useReportError();
  const entrySave = useEntrySave(entry);
  const { remove } = entrySave;
  const removeReported = () => remove().catch(report);
  const noun = KIND_ENTRY_NOUNS[kind];
  const name = entry.title.trim() || `this ${noun}`;
  const keywords = entry.bullets.filter((bullet) => bullet.text.trim() !== '').length;

  return (
    <article className="entry list-entry" aria-label={entry.title.trim() || `Untitled ${noun}`}>
      <div className="list-entry-head">
        <div className="list-entry-fields">
          <EntryFieldEditors entry={entry} specs={listEntryFieldSpecs(kind, entry)} save={entrySave} />
        </div>
        <div className="entry-actions">
          {entry.bullets.length === 0 ? (
            <button type="button" className="button-danger-quiet" onClick={() => void removeReported()}>
              Delete {noun}
            </button>
          ) : (
            <ConfirmAction
              label={`Delete ${noun}`}
              question={`Delete “${name}” and its ${plural(keywords, 'keyword')}?`}
              confirmLabel={`Yes, delete ${noun}`}
              onConfirm={removeReported}
            />
          )}
        </div>
      </div>
      {(listKindHasKeywords(kind) || entry.bullets.length > 0) && (
        <KeywordChips entry={entry} groupName={name} />
      )}
    </article>
  );
}
