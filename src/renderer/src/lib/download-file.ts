import type { ExportFormat } from '../../../shared/domain-types';

const MIME_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  txt: 'text/plain;charset=utf-8',
};

// Long enough for any browser to have started the download; the URL only holds memory until then.
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands bytes to the browser as a download under `name` (browser mode's exports). The browser decides
 * where the file goes, as for any download; nothing navigates.
 */
export function downloadFile(name: string, bytes: Uint8Array, format: ExportFormat): void {
  // A copy, so the Blob owns a plain ArrayBuffer whatever the bytes were a view of.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: MIME_TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
