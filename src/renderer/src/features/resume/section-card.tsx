import { isListKind, type Section } from '../../../../core/resume/section';
import { emptyEntryFields } from '../../../../core/resume/entry';
import { api } from '../../lib/api';
import { guardEdit } from '../../lib/edit-conflict';
import { useReportError } from '../../lib/error-reporter';
import { plural } from '../../lib/plural';
import { ConfirmAction } from '../../ui/confirm-action';
import { EditableField } from '../../ui/editable-field';
import { EntryCard } from './entry-card';
import { ListEntryCard } from './list-entry-card';
import { useResumeSave, useResumeVersions } from './resume-save';
import { KIND_ENTRY_NOUNS, KIND_LABELS } from './section-kinds';

export function SectionCard({ section }: { section: Section }) {
  const save = useResumeSave();
  const report = useReportError();
  const version = useResumeVersions().sections[section.id];
  const headingId = `section-${section.id}-heading`;

  const rename = async (text: string, at: number | undefined) => {
    const title = text.trim();
    if (title === '') throw new Error('A section needs a title.');
    const resume = await guardEdit('section', () =>
      save(() => api.renameSection({ id: section.id, title, version: at ?? 0 })),
    );
    return resume.versions.sections[section.id];
  };

  const addEntry = () =>
    void save(() => api.addEntry({ sectionId: section.id, fields: emptyEntryFields() })).catch(report);

  const noun = KIND_ENTRY_NOUNS[section.kind];
  const remove = () => save(() => api.deleteSection({ id: section.id })).then(() => undefined, report);

  return (
    <section className="card section" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId} className="visually-hidden">
          {section.title || 'Untitled section'}
        </h2>
        <EditableField
          label="Section title"
          className="section-title"
          value={section.title}
          version={version}
          onSave={rename}
        />
        <span className="kind-badge">{KIND_LABELS[section.kind]}</span>
        <ConfirmAction
          label="Delete section"
          question={
            section.entries.length === 0
              ? `Delete the empty section “${section.title}”?`
              : `Delete “${section.title}” with its ${plural(section.entries.length, 'entry', 'entries')}? This cannot be undone.`
          }
          confirmLabel="Yes, delete section"
          onConfirm={remove}
        />
      </header>
      {section.entries.length === 0 && <p className="empty-note">No entries yet.</p>}
      {section.entries.map((entry) =>
        isListKind(section.kind) ? (
          <ListEntryCard key={entry.id} entry={entry} kind={section.kind} />
        ) : (
          <EntryCard key={entry.id} entry={entry} kind={section.kind} />
        ),
      )}
      <button type="button" className="button-secondary" onClick={addEntry}>
        <span aria-hidden="true">+ </span>
        Add {noun}
      </button>
    </section>
  );
}
