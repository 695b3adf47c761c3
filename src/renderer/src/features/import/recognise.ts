import { MAX_IMPORT_CHARS, MAX_RESUME_FILE_BYTES } from '../../../../shared/limits';
import type { RecognisedImport } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { bytesToBase64 } from '../../lib/base64';
import { plural } from '../../lib/plural';

/** The file types offered by the picker; main says which it reads when given another. */
export const RESUME_FILE_ACCEPT = '.pdf,.docx,.zip,.json,.txt,application/pdf,application/json,text/plain';

/** A résumé file read by main (its bytes; main never opens a path the renderer names). */
export async function recogniseFile(file: File): Promise<RecognisedImport> {
  if (file.size > MAX_RESUME_FILE_BYTES) {
    throw new Error(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a résumé file can be at most ${MAX_RESUME_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return api.recogniseResumeFile({ name: file.name, data });
}

export async function recogniseText(text: string): Promise<RecognisedImport> {
  if (text.trim() === '') throw new Error('Paste the text of your résumé first.');
  if (text.length > MAX_IMPORT_CHARS) {
    throw new Error(
      `This text is ${plural(text.length, 'character')} long; the limit is ${plural(MAX_IMPORT_CHARS, 'character')}.`,
    );
  }
  return api.recogniseResumeText({ text });
}
