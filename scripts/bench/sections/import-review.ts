/**
 * What the review screen's read of a résumé file costs: the demo résumé exported as our two-page PDF,
 * read by readResumeFile alone (what the CLI does) against the review channel's read (readResumeFile and
 * the source lines beside it, which reads the PDF a second time, in parallel). The gap is the price of
 * showing the source text until the readers hand out their lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import { loadFontLibrary } from '../../../src/main/adapters/font-files';
import { writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { readResumeFile } from '../../../src/main/import/read-resume-file';
import { resumeSourceLines } from '../../../src/main/import/resume-source-lines';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure, ratio } from '../measure';

export const name = 'import-review';

export async function run({ root, quick }: BenchContext): Promise<BenchResult> {
  const resume = draftToResume(
    parseJsonResume(readFileSync(join(root, 'resources/demo/demo-resume.json'), 'utf8')),
  );
  const meta = {
    title: 'Résumé',
    author: resume.profile.name,
    subject: '',
    keywords: [],
    createdAt: new Date(0),
  };
  const pdf = await writeResumePdf(resume, meta, loadFontLibrary(join(root, 'resources')));
  const runs = quick ? 5 : 25;
  const cli = await measure(() => readResumeFile(pdf.bytes, 'demo.pdf'), { warmup: 10, runs });
  const review = await measure(
    () => Promise.all([readResumeFile(pdf.bytes, 'demo.pdf'), resumeSourceLines(pdf.bytes, 'demo.pdf')]),
    { warmup: 10, runs },
  );
  return {
    json: {
      pdf_pages: pdf.pageCount,
      read_pdf_median_ms: cli.median,
      review_read_pdf_median_ms: review.median,
    },
    table: [
      { what: `readResumeFile, ${pdf.pageCount}-page PDF`, median_ms: cli.median, p95_ms: cli.p95 },
      {
        what: 'review read (draft + source lines)',
        median_ms: review.median,
        p95_ms: review.p95,
        vs_ours: ratio(review.median, cli.median),
      },
    ],
  };
}
