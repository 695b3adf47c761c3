import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../core/errors/app-error';
import { tailorResume } from '../../core/tailor/exclusions';
import { compareExport } from '../../core/tailor/export-comparison';
import type { MatchScore } from '../../core/tailor/score-formula';
import { scoreSummary } from '../../core/tailor/score-summary';
import type { Handlers } from '../../shared/contract';
import type { ExportScore } from '../../shared/domain-types';
import { writeFileAtomic } from '../adapters/atomic-write';
import { sha256 } from '../adapters/sha256';
import type { SaveDialog } from '../adapters/save-dialog';
import type { Repositories } from '../db/repositories';
import { readJobResume } from './job-resume';
import type { TailorService } from './tailor-service';

export type ExportRecordHandlers = Pick<Handlers, 'getExport' | 'reexport'>;

/** The score as an export record keeps it: enough to show later what the employer's list looked like. */
export function exportScore(score: MatchScore): ExportScore {
  return {
    percent: score.percent,
    summary: scoreSummary(score),
    required: { covered: score.required.covered, missing: score.required.missing },
    preferred: { covered: score.preferred.covered, missing: score.preferred.missing },
  };
}

/**
 * "What was sent": a past export beside today's tailoring, and the same file written again. The bytes
 * come from the record, never from a new render (fonts, templates or the résumé may have changed), and
 * their hash is checked against the record before and after writing.
 */
export function exportRecordHandlers(deps: {
  repos: Repositories;
  tailor: Pick<TailorService, 'getTailoring'>;
  saveDialog: SaveDialog;
}): ExportRecordHandlers {
  const { repos, tailor, saveDialog } = deps;
  return {
    getExport({ exportId }) {
      const record = repos.exports.get(exportId);
      const { text: _text, ...job } = repos.jobs.get(record.jobId);
      const { worded, excluded } = readJobResume(repos, record.jobId);
      return {
        record,
        job: { ...job, match: null },
        today: tailor.getTailoring({ jobId: record.jobId }),
        comparison: compareExport(record, worded, tailorResume(worded, excluded)),
      };
    },
    async reexport({ exportId }) {
      const record = repos.exports.get(exportId);
      const bytes = repos.exports.bytes(exportId);
      if (bytes === null) {
        throw new AppError(
          'not-found',
          'This export was made before Résumé Tailor kept exported files, so the same file cannot be written ' +
            'again. Export the job again to get a new file.',
          { exportId },
        );
      }
      if (sha256(bytes) !== record.sha256) {
        throw new AppError(
          'database-damaged',
          'The stored copy of this export does not match its recorded fingerprint (SHA-256), so it was not ' +
            'written. The database may be damaged; export the job again instead.',
          { exportId },
        );
      }
      const path = await saveDialog.chooseSavePath(basename(record.path));
      if (path === null) return { status: 'canceled' };
      writeFileAtomic(path, bytes, `the file ${path}`);
      const written = sha256(readFileSync(path));
      if (written !== record.sha256) {
        throw new AppError(
          'io-failed',
          `The file written to ${path} does not read back as the original export. Check the disk and try again.`,
          { path },
        );
      }
      return { status: 'saved', path, sha256: written };
    },
  };
}
