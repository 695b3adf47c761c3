import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors/app-error';
import { exportFileName } from '../../core/export-file-name';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import { allBullets } from '../../core/resume/resume';
import { tailorResume } from '../../core/tailor/exclusions';
import { scoreMatch } from '../../core/tailor/score-match';
import type { Handlers } from '../../shared/contract';
import { writeFileAtomic } from '../adapters/atomic-write';
import type { FontFiles } from '../adapters/font-files';
import { writeResumePdf } from '../adapters/pdf-writer';
import type { SaveDialog } from '../adapters/save-dialog';
import type { Repositories } from '../db/repositories';
import type { JobsService } from './jobs-service';

export type ExportHandlers = Pick<Handlers, 'previewPdf' | 'exportPdf' | 'listExports'>;

/** The tailored PDF: previewed in the app, exported through the save dialog, and recorded. */
export function exportHandlers(deps: {
  repos: Repositories;
  jobs: JobsService;
  matcher: () => SkillMatcher;
  fonts: FontFiles;
  saveDialog: SaveDialog;
}): ExportHandlers {
  const { repos, jobs, fonts, saveDialog } = deps;

  // The same bytes for the same input: the dates inside the PDF come from the job (preview) or the
  // export record (export), never from the clock while drawing.
  const render = async (jobId: number, createdAt: Date) => {
    const { job, analysis } = jobs.getJob({ id: jobId });
    const resume = repos.resume.getResume();
    const excluded = repos.exclusions.get(jobId);
    const tailored = tailorResume(resume, excluded);
    const { score } = scoreMatch(analysis, resume, excluded, deps.matcher());
    const pdf = await writeResumePdf(
      tailored,
      {
        title: [resume.profile.name, 'Résumé'].filter(Boolean).join(' – '),
        author: resume.profile.name,
        subject: [job.title, job.company].filter(Boolean).join(' at '),
        keywords: [...score.required.covered, ...score.preferred.covered],
        createdAt,
      },
      fonts,
    );
    return { job, resume, tailored, score, pdf };
  };

  return {
    async previewPdf({ jobId }) {
      const job = repos.jobs.get(jobId);
      const { pdf } = await render(jobId, new Date(job.createdAt));
      return { bytes: pdf.bytes, pageCount: pdf.pageCount };
    },
    async exportPdf({ jobId }) {
      const createdAt = new Date();
      const { job, resume, tailored, score, pdf } = await render(jobId, createdAt);
      const suggested = exportFileName([resume.profile.name, job.company, job.title], 'pdf');
      const path = await saveDialog.chooseSavePath(suggested);
      if (path === null) return { status: 'canceled' };
      try {
        writeFileAtomic(path, pdf.bytes);
      } catch (error) {
        throw new AppError(
          'io-failed',
          `The PDF could not be saved to ${path}: ${(error as Error).message}`,
          { path },
        );
      }
      const bullets = [...allBullets(tailored)].map(({ bullet }) => bullet);
      const exportId = repos.exports.add({
        jobId,
        createdAt: createdAt.toISOString(),
        path,
        percent: score.percent,
        bulletIds: bullets.map((b) => b.id),
        bulletTexts: bullets.map((b) => b.text),
        sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
      });
      return { status: 'saved', path, exportId };
    },
    listExports: ({ jobId }) => repos.exports.list(jobId),
  };
}
