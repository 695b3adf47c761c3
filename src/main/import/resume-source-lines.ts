import { extname } from 'node:path';
import { plainTextLines } from '../../core/import/text-lines';

/**
 * The lines a résumé file's reader numbers its notes by, for the review screen's source column: a PDF's
 * lines as rebuilt from geometry, a text file's lines. A JSON Resume is shown as its text. Other types
 * (readers added later) give no lines until they say what text they read: the review still works, with
 * the draft alone.
 *
 * The PDF is read a second time here (readResumeFile does not hand its lines out); the two reads are the
 * same pure function of the bytes, so the numbers agree.
 */
export async function resumeSourceLines(bytes: Uint8Array, fileName: string): Promise<string[]> {
  switch (extname(fileName).toLowerCase()) {
    case '.pdf': {
      const { readPdfResumeLines } = await import('../adapters/pdf-resume-lines');
      return (await readPdfResumeLines(bytes)).lines.map((line) => line.text);
    }
    case '.txt':
    case '.json':
      return plainTextLines(Buffer.from(bytes).toString('utf8')).map(
        (line) => ' '.repeat(line.indent) + line.text,
      );
    default:
      return [];
  }
}
