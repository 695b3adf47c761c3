import { useState } from 'react';
import { api } from '../../lib/api';
import { errorMessage, isCanceled } from '../../lib/error-message';

type Status = { kind: 'idle' } | { kind: 'saved'; path: string } | { kind: 'failed'; message: string };

/** The path comes from main's save dialog; the renderer never names where a file goes. */
export function ExportButton({ jobId }: { jobId: number }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setStatus({ kind: 'idle' });
    try {
      const result = await api.exportPdf({ jobId });
      setStatus(result.status === 'saved' ? { kind: 'saved', path: result.path } : { kind: 'idle' });
    } catch (e) {
      setStatus(isCanceled(e) ? { kind: 'idle' } : { kind: 'failed', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <button type="button" className="button-primary" disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Export PDF…'}
      </button>
      <p className="export-status" data-testid="export-status" role="status">
        {status.kind === 'saved' && `Saved to ${status.path}`}
      </p>
      {status.kind === 'failed' && (
        <p className="field-error" role="alert">
          Export failed: {status.message}
        </p>
      )}
    </div>
  );
}
