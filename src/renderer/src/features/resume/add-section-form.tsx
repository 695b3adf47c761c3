import { useId, useState, type FormEvent } from 'react';
import { SECTION_KINDS, type SectionKind } from '../../../../core/resume/section';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { useResumeSave } from './resume-save';
import { KIND_LABELS } from './section-kinds';

export function AddSectionForm() {
  const save = useResumeSave();
  const id = useId();
  const [kind, setKind] = useState<SectionKind>('experience');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // An empty title takes the kind's name: a section always needs one to be drawn.
      await save(() => api.addSection({ kind, title: title.trim() || KIND_LABELS[kind] }));
      setTitle('');
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form className="card add-section" onSubmit={(e) => void submit(e)} aria-label="Add a section">
      <h2 className="card-title">Add a section</h2>
      <div className="add-section-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SectionKind)}>
            {SECTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label className="field-label" htmlFor={`${id}-title`}>
            New section title
          </label>
          <input
            id={`${id}-title`}
            value={title}
            placeholder={KIND_LABELS[kind]}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <button type="submit" className="button-primary">
          Add section
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
