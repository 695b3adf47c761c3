import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { downloadFile } from '../../lib/download-file';
import { keys } from '../../lib/query-keys';
import { useExportSettings } from '../export-options/export-options-store';

const BUTTON_LABELS: Record<ExportFormat, string> = {
  pdf: 'Export PDF…',
  docx: 'Export Word…',
  json: 'Export JSON Resume…',
  txt: 'Export plain text…',
};

type Status =
  | { kind: 'idle' }
  | { kind: 'saved'; path: string; warnings: string[] }
  | { kind: 'downloaded'; fileName: string; warnings: string[] }
  | { kind: 'failed'; message: string };

/**
 * The path comes from main's save dialog; the renderer never names where a file goes. In browser mode
 * main sends the file back and the browser saves it as a download.
 */
export function ExportButton({ jobId }: { jobId: number }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const { onMissingGlyph } = useExportSettings();

  const run = async () => {
    setBusy(true);
    setStatus({ kind: 'idle' });
    try {
      const result = await api.exportJobResume({ jobId, format, onMissingGlyph });
      if (result.status === 'canceled') {
        setStatus({ kind: 'idle' });
        return;
      }
      const warnings: string[] = [];
      if (result.ats && !result.ats.ok)
        warnings.push('An ATS reads this PDF differently from what is drawn: see the ATS view below.');
      if (result.replaced.length > 0) {
        const list = result.replaced.map((item) => `“${item.character}” (${item.codePoint})`).join(', ');
        warnings.push(`Drawn as “�” because no bundled font has them: ${list}.`);
      }
      if (result.status === 'download') {
        downloadFile(result.fileName, result.bytes, result.format);
        setStatus({ kind: 'downloaded', fileName: result.fileName, warnings });
      } else setStatus({ kind: 'saved', path: result.path, warnings });
      // The job's export history shows the new record.
      void queryClient.invalidateQueries({ queryKey: keys.exports(jobId) });
    } catch (e) {
      setStatus({ kind: 'failed', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <div className="export-row">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void run()}>
          {busy ? 'Exporting…' : BUTTON_LABELS[format]}
        </button>
        <label>
          <span className="visually-hidden">Format</span>
          <select
            aria-label="Export format"
            value={format}
            onChange={(e) => setFormat(EXPORT_FORMATS.find((f) => f === e.target.value) ?? 'pdf')}
          >
            <option value="pdf">PDF</option>
            <option value="docx">Word (.docx)</option>
            <option value="json">JSON Resume (.json)</option>
            <option value="txt">Plain text (.txt)</option>
          </select>
        </label>
      </div>
      <p className="export-status" data-testid="export-status" role="status">
        {status.kind === 'saved' && `Saved to ${status.path}`}
        {status.kind === 'downloaded' && `Downloaded ${status.fileName} (see your browser’s downloads)`}
      </p>
      {status.kind !== 'idle' &&
        status.kind !== 'failed' &&
        status.warnings.map((warning) => (
          <p key={warning} className="field-error" role="alert">
            {warning}
          </p>
        ))}
      {status.kind === 'failed' && (
        <p className="field-error" role="alert">
          Export failed: {status.message}
        </p>
      )}
    </div>
  );
}
