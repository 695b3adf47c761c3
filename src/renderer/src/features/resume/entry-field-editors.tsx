import type { Entry } from '../../../../core/resume/entry';
import { EditableField } from '../../ui/editable-field';
import type { FieldSpec } from './entry-field-specs';
import type { useEntrySave } from './entry-save';

type EntrySave = ReturnType<typeof useEntrySave>;

/** One editable field per spec, saved through the entry's save (with its edit version). */
export function EntryFieldEditors({
  entry,
  specs,
  save,
}: {
  entry: Entry;
  specs: readonly FieldSpec[];
  save: Pick<EntrySave, 'saveField' | 'version'>;
}) {
  return (
    <>
      {specs.map((f) => (
        <EditableField
          key={f.key}
          label={f.label}
          className={`entry-field-${f.key}`}
          placeholder={f.placeholder}
          multiline={f.multiline}
          value={entry[f.key]}
          version={save.version}
          onSave={save.saveField(f.key)}
        />
      ))}
    </>
  );
}
