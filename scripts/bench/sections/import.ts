/**
 * Import speed figures: a résumé file read into a draft by `readResumeFile`, the path the CLI's
 * `import` and the app take, warm (modules loaded, as on a second import in one session).
 * (1) the demo résumé (resources/demo) exported by the app as a two-page PDF, read back; beside it
 *     pdf.js's text extraction alone (pdf-text.ts), the floor any PDF importer pays;
 * (2) the same résumé as the app's .docx, read back; beside it mammoth's extractRawText alone, the
 *     floor for a Word file; and a .docx made by pandoc (tests/fixtures/resumes);
 * (3) a LinkedIn-style export (.zip) from the fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/core/layout/export-options';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import { writeResumeDocx } from '../../../src/main/adapters/docx-writer';
import { loadFontLibrary } from '../../../src/main/adapters/font-files';
import { extractPdfText } from '../../../src/main/adapters/pdf-text';
import { writeResumePdf, type PdfMeta } from '../../../src/main/adapters/pdf-writer';
import { readResumeFile } from '../../../src/main/import/read-resume-file';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure, ratio } from '../measure';

export const name = 'import';

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const resume = draftToResume(
    parseJsonResume(readFileSync(join(ctx.root, 'resources/demo/demo-resume.json'), 'utf8')),
  );
  const meta: PdfMeta = {
    title: `${resume.profile.name} – Résumé`,
    author: resume.profile.name,
    subject: 'Bench',
    keywords: [],
    createdAt: new Date(0),
  };
  const pdf = await writeResumePdf(resume, meta, loadFontLibrary(join(ctx.root, 'resources')));
  const docx = await writeResumeDocx(resume, meta, DEFAULT_EXPORT_OPTIONS);
  const fixture = (file: string) =>
    new Uint8Array(readFileSync(join(ctx.root, 'tests/fixtures/resumes', file)));
  const pandocDocx = fixture('electrician-en.docx');
  const linkedIn = fixture('linkedin-plumber-en.zip');

  const options = { warmup: 10, runs: ctx.quick ? 5 : 40 };
  const ours = {
    pdf: await measure(() => readResumeFile(pdf.bytes, 'demo.pdf'), options),
    docx: await measure(() => readResumeFile(docx, 'demo.docx'), options),
    pandoc: await measure(() => readResumeFile(pandocDocx, 'electrician-en.docx'), options),
    linkedIn: await measure(() => readResumeFile(linkedIn, 'linkedin-plumber-en.zip'), options),
  };
  const floor = {
    pdf: await measure(() => extractPdfText(pdf.bytes.slice()), options),
    docx: await measure(() => mammoth.extractRawText({ buffer: Buffer.from(docx) }), options),
  };
  const slower = (a: number, b: number) => `${ratio(a, b)} the text alone`;
  return {
    json: {
      pdf_pages: pdf.pageCount,
      pdf_import_median_ms: ours.pdf.median,
      pdf_text_only_median_ms: floor.pdf.median,
      docx_import_median_ms: ours.docx.median,
      docx_raw_text_median_ms: floor.docx.median,
      pandoc_docx_import_median_ms: ours.pandoc.median,
      linkedin_zip_import_median_ms: ours.linkedIn.median,
    },
    table: [
      {
        what: `ours: ${pdf.pageCount}-page PDF -> draft`,
        median_ms: ours.pdf.median,
        p95_ms: ours.pdf.p95,
        vs_ours: slower(ours.pdf.median, floor.pdf.median),
      },
      {
        what: 'pdf.js text extraction alone (pdf-text.ts)',
        median_ms: floor.pdf.median,
        p95_ms: floor.pdf.p95,
      },
      {
        what: "ours: the app's .docx -> draft",
        median_ms: ours.docx.median,
        p95_ms: ours.docx.p95,
        vs_ours: slower(ours.docx.median, floor.docx.median),
      },
      { what: 'mammoth extractRawText alone', median_ms: floor.docx.median, p95_ms: floor.docx.p95 },
      { what: 'ours: pandoc .docx fixture -> draft', median_ms: ours.pandoc.median, p95_ms: ours.pandoc.p95 },
      {
        what: 'ours: LinkedIn export .zip fixture -> draft',
        median_ms: ours.linkedIn.median,
        p95_ms: ours.linkedIn.p95,
      },
    ],
    notes: [
      'Warm: modules loaded and fonts parsed once; each run reads the file from bytes in memory.',
      'Ours for a .docx includes the bounded unzip (sizes checked, inflation counted) and repacking the XML parts for mammoth.',
    ],
  };
}
