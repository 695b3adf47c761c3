import { useState } from 'react';
import type { MasterExportFormat } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';

const LABELS: Record<MasterExportFormat, string> = {
  json: 'Export JSON Resume…',
  txt: 'Export plain text…',
};

/**
 * The whole master résumé out of the app: as JSON Resume for other résumé tools, as plain text for the
 * application forms that ask for a pasted résumé. Where the file goes is main's save dialog's choice.
 */
export function ExportMasterButtons() {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (format: MasterExportFormat) => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await api.exportMasterResume({ format });
      if (result.status === 'saved') setStatus({ ok: true, text: `Saved to ${result.path}` });
    } catch (e) {
      setStatus({ ok: false, text: `Export failed: ${errorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-master">
      {(['json', 'txt'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => void run(format)}
        >
          {LABELS[format]}
        </button>
      ))}
      {status !== null && (
        <p
          className={status.ok ? 'export-status' : 'field-error'}
          role={status.ok ? 'status' : 'alert'}
          data-testid="master-export-status"
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
