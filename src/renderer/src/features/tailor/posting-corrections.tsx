import { useId, useState } from 'react';
import type { JobSummary, JobView } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { EditableField } from '../../ui/editable-field';

interface Props {
  view: JobView;
  /** The job's new title, company or location, for the lists that show it. */
  onJobChange: (job: JobSummary) => void;
  /** The job analysed again after its text was corrected. */
  onViewChange: (view: JobView) => void;
}

/**
 * What the app read from the posting, for the user to correct: title, company and location (saved like
 * any other field), and the posting's text itself, analysed again when saved.
 */
export function PostingCorrections({ view, onJobChange, onViewChange }: Props) {
  const { job } = view;
  const save = (field: 'title' | 'company' | 'location') => async (value: string) => {
    const updated = await api.updateJob({ id: job.id, [field]: value });
    onJobChange(updated);
    onViewChange({ ...view, job: { ...view.job, ...updated, text: view.job.text } });
  };
  return (
    <details className="posting-corrections">
      <summary>Correct what was read</summary>
      <div className="posting-corrections-fields">
        <EditableField
          label="Job title"
          value={job.title}
          placeholder="e.g. Staff Nurse"
          onSave={save('title')}
        />
        <EditableField
          label="Company"
          value={job.company}
          placeholder="e.g. St Mary's Hospital"
          onSave={save('company')}
        />
        <EditableField
          label="Location"
          value={job.location}
          placeholder="e.g. Leeds"
          onSave={save('location')}
        />
      </div>
      <PostingTextEditor view={view} onViewChange={onViewChange} />
    </details>
  );
}

function PostingTextEditor({ view, onViewChange }: Pick<Props, 'view' | 'onViewChange'>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (draft === null) {
    return (
      <button type="button" className="button-quiet" onClick={() => setDraft(view.job.text)}>
        Edit the posting text
      </button>
    );
  }
  const save = async () => {
    setBusy(true);
    try {
      onViewChange(await api.updateJobText({ id: view.job.id, text: draft }));
      setDraft(null);
      setError(null);
    } catch (e) {
      // The text stays in the box, so nothing typed is lost.
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="posting-text-editor">
      <label className="field-label" htmlFor={`${id}-text`}>
        The posting as saved (correct it, then save to read it again)
      </label>
      <textarea
        id={`${id}-text`}
        rows={12}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="job-text-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void save()}>
          Save and read again
        </button>
        <button type="button" className="button-quiet" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
