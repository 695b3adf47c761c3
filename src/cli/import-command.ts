import { parseArgs } from 'node:util';
import { AppError } from '../core/errors/app-error';
import { resumeToJsonResume } from '../core/export/resume-to-json-resume';
import { draftToResume } from '../core/resume/draft-to-resume';
import { readResumeFile } from '../main/import/read-resume-file';
import { MAX_RESUME_FILE_BYTES } from '../shared/limits';
import { readBytes } from './cli-input';

/**
 * `import <file>`: prints the résumé the app recognises in the file as JSON Resume on stdout (exit 0),
 * and what it was unsure of on stderr, so scripts and scorers can read the result without the app.
 * Nothing is stored: the CLI has no database.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined)
    throw new AppError('invalid-input', 'import takes exactly one résumé file.');
  const { draft, unsure } = await readResumeFile(readBytes(file, 'résumé', MAX_RESUME_FILE_BYTES), file);
  process.stdout.write(`${JSON.stringify(resumeToJsonResume(draftToResume(draft)), null, 2)}\n`);
  for (const line of unsure) process.stderr.write(`unsure: ${line}\n`);
  return 0;
}
