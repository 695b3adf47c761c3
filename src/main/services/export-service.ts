import { exportFileName } from '../../core/export-file-name';
import { resumeToJsonResume } from '../../core/export/resume-to-json-resume';
import { resumeToText } from '../../core/export/resume-to-text';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import { compareReadingText, type AtsCheck } from '../../core/layout/ats-check';
import {
  DEFAULT_EXPORT_OPTIONS,
  ExportOptionsSchema,
  exportLayoutOptions,
  type ExportOptions,
} from '../../core/layout/export-options';
import type { MissingGlyphPolicy } from '../../core/layout/unsupported-characters';
import type { Resume } from '../../core/resume/resume';
import { allBullets } from '../../core/resume/resume';
import { toDrawnText } from '../../core/layout/drawn-text';
import { tailorResume } from '../../core/tailor/exclusions';
import type { Handlers } from '../../shared/contract';
import type { ExportFormat, PdfPreview, ReplacedCharacter } from '../../shared/domain-types';
import { writeFileAtomic } from '../adapters/atomic-write';
import { sha256 } from '../adapters/sha256';
import { writeResumeDocx } from '../adapters/docx-writer';
import type { FontLibrary } from '../adapters/font-files';
import { extractPdfText } from '../adapters/pdf-text';
import { writeResumePdf, type PdfMeta } from '../adapters/pdf-writer';
import type { SaveDialog } from '../adapters/save-dialog';
import type { Repositories } from '../db/repositories';
import type { JobsService } from './jobs-service';
import { exportScore } from './export-records-service';
import { readTailoredJob, type TailoredJob } from './tailored-job';

export type ExportHandlers = Pick<
  Handlers,
  | 'previewPdf'
  | 'exportJobResume'
  | 'exportMasterResume'
  | 'listExports'
  | 'getExportOptions'
  | 'setExportOptions'
>;

/**
 * The meta-table key holding the user's export settings as JSON. It keeps the name it had when only the
 * PDF read them, so settings saved by earlier versions are still found.
 */
export const EXPORT_OPTIONS_KEY = 'pdfOptions';

export interface RenderRequest {
  format: ExportFormat;
  options: ExportOptions;
  onMissingGlyph: MissingGlyphPolicy;
  /** Read the PDF back with pdf.js and compare (default true). The CLI skips it unless asked: loading
   * pdf.js is about a third of a whole `cli export` process. */
  atsCheck?: boolean;
}

export interface RenderedResume {
  bytes: Uint8Array;
  /** PDF only. */
  pageCount?: number;
  /** PDF only: what was drawn, in reading order. */
  readingText?: string;
  /** PDF only: what the ATS round trip found. */
  ats?: AtsCheck;
  replaced: ReplacedCharacter[];
}

/** The PDF metadata for a tailored résumé: the job is the subject, the matched skills the keywords. */
export function resumeMeta(
  resume: Resume,
  job: { title: string; company: string },
  keywords: string[],
  createdAt: Date,
): PdfMeta {
  return {
    title: [resume.profile.name, 'Résumé'].filter(Boolean).join(' – '),
    author: resume.profile.name,
    subject: [job.title, job.company].filter(Boolean).join(' at '),
    keywords,
    createdAt,
  };
}

/** Writes a tailored résumé as a PDF or a Word file; shared by the app and the CLI. */
export async function renderResume(
  tailored: Resume,
  meta: PdfMeta,
  fonts: FontLibrary,
  request: RenderRequest,
): Promise<RenderedResume> {
  if (request.format === 'docx') {
    return { bytes: await writeResumeDocx(tailored, meta, request.options), replaced: [] };
  }
  if (request.format === 'json' || request.format === 'txt') {
    return { bytes: resumeDataBytes(tailored, request.format), replaced: [] };
  }
  const pdf = await writeResumePdf(tailored, meta, fonts, {
    ...exportLayoutOptions(request.options),
    onMissingGlyph: request.onMissingGlyph,
  });
  return {
    bytes: pdf.bytes,
    pageCount: pdf.pageCount,
    readingText: pdf.readingText,
    ...(request.atsCheck === false ? {} : { ats: await atsRoundTrip(pdf.bytes, pdf.readingText) }),
    replaced: pdf.replaced.map(({ character, codePoint, field }) => ({ character, codePoint, field })),
  };
}

/** JSON Resume (pretty, as people read and diff it) or plain text, UTF-8, ending with a newline. */
export function resumeDataBytes(resume: Resume, format: 'json' | 'txt'): Uint8Array {
  const text =
    format === 'json' ? `${JSON.stringify(resumeToJsonResume(resume), null, 2)}\n` : resumeToText(resume);
  return new TextEncoder().encode(text);
}

const FORMAT_NAMES: Record<ExportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word file',
  json: 'JSON Resume file',
  txt: 'text file',
};

/** Writes the file where the dialog said, atomically; a failure names the file in plain words. */
function saveExport(path: string, bytes: Uint8Array, format: ExportFormat): void {
  writeFileAtomic(path, bytes, `the ${FORMAT_NAMES[format]} ${path}`);
}

/** Reads the PDF back with pdf.js, as most résumé parsers do, and compares it with what was drawn. */
export async function atsRoundTrip(bytes: Uint8Array, readingText: string): Promise<AtsCheck> {
  const { pages } = await extractPdfText(bytes);
  return compareReadingText(readingText, pages);
}

/** The stored settings, or the defaults when none are stored or what is stored no longer validates. */
export function readExportOptions(repos: Pick<Repositories, 'meta'>): ExportOptions {
  const stored = repos.meta.get(EXPORT_OPTIONS_KEY);
  if (stored === undefined) return DEFAULT_EXPORT_OPTIONS;
  try {
    const parsed = ExportOptionsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_EXPORT_OPTIONS;
  } catch {
    return DEFAULT_EXPORT_OPTIONS;
  }
}

/** What a preview needs: the fonts and the stored export options. */
export interface PreviewDeps {
  repos: Pick<Repositories, 'meta'>;
  fonts: FontLibrary;
}

/**
 * Draws a tailored job as a file. The same bytes for the same input: the dates inside the PDF come from
 * the job (preview) or the export record (export), never from the clock while drawing.
 */
async function renderTailored(
  { repos, fonts }: PreviewDeps,
  { job, worded, excluded, view }: TailoredJob,
  createdAt: Date,
  request: Omit<RenderRequest, 'options'>,
) {
  const tailored = tailorResume(worded, excluded);
  const { score } = view;
  const meta = resumeMeta(worded, job, [...score.required.covered, ...score.preferred.covered], createdAt);
  const options = readExportOptions(repos);
  const rendered = await renderResume(tailored, meta, fonts, { ...request, options });
  return { tailored, rendered, options };
}

/**
 * The preview of a tailored job, from the tailoring view its change already computed. The ATS
 * read-back is the renderer's, on the document it draws: off main's part of a toggle.
 */
export async function renderPreview(
  deps: PreviewDeps,
  tailoredJob: TailoredJob,
  onMissingGlyph: MissingGlyphPolicy,
): Promise<PdfPreview> {
  const createdAt = new Date(tailoredJob.job.createdAt);
  const { rendered } = await renderTailored(deps, tailoredJob, createdAt, {
    format: 'pdf',
    onMissingGlyph,
    atsCheck: false,
  });
  const { bytes, pageCount = 0, readingText = '', replaced } = rendered;
  return { bytes, pageCount, readingText, replaced };
}

/** The tailored résumé: previewed in the app, exported through the save dialog, and recorded. */
export function exportHandlers(deps: {
  repos: Repositories;
  jobs: JobsService;
  matcher: () => SkillMatcher;
  fonts: FontLibrary;
  saveDialog: SaveDialog;
  /** Tailored exports go back to the page as downloads (browser mode) instead of through saveDialog. */
  download?: boolean;
}): ExportHandlers {
  const { repos, jobs, fonts, saveDialog } = deps;
  const tailoredJob = (jobId: number) => readTailoredJob(repos, jobs, deps.matcher(), jobId);

  return {
    previewPdf: ({ jobId, onMissingGlyph = 'stop' }) =>
      renderPreview({ repos, fonts }, tailoredJob(jobId), onMissingGlyph),
    async exportJobResume({ jobId, format = 'pdf', onMissingGlyph = 'stop' }) {
      const createdAt = new Date();
      const current = tailoredJob(jobId);
      const { job, worded: resume, view } = current;
      const { score } = view;
      const { tailored, rendered, options } = await renderTailored({ repos, fonts }, current, createdAt, {
        format,
        onMissingGlyph,
      });
      const suggested = exportFileName([resume.profile.name, job.company, job.title], format);
      // A download's record names the file the browser was given: the folder is the browser's to choose.
      const path = deps.download === true ? suggested : await saveDialog.chooseSavePath(suggested);
      if (path === null) return { status: 'canceled' };
      if (deps.download !== true) saveExport(path, rendered.bytes, format);
      // What was drawn: the layout skips a bullet with no text, so the record does too.
      const bullets = [...allBullets(tailored)]
        .map(({ bullet }) => bullet)
        .filter((bullet) => toDrawnText(bullet.text) !== '');
      const exportId = repos.exports.add({
        jobId,
        createdAt: createdAt.toISOString(),
        path,
        percent: score.percent,
        bulletIds: bullets.map((b) => b.id),
        bulletTexts: bullets.map((b) => b.text),
        sha256: sha256(rendered.bytes),
        // The record keeps the file itself, so the same bytes can be written again.
        bytes: rendered.bytes,
        format,
        template: options.template,
        score: exportScore(score),
      });
      const checks = {
        exportId,
        format,
        ...(rendered.ats === undefined ? {} : { ats: rendered.ats }),
        replaced: rendered.replaced,
      };
      return deps.download === true
        ? { status: 'download', fileName: path, bytes: rendered.bytes, ...checks }
        : { status: 'saved', path, ...checks };
    },
    async exportMasterResume({ format }) {
      const resume = repos.resume.getResume();
      const path = await saveDialog.chooseSavePath(exportFileName([resume.profile.name, 'Résumé'], format));
      if (path === null) return { status: 'canceled' };
      saveExport(path, resumeDataBytes(resume, format), format);
      return { status: 'saved', path, format };
    },
    listExports: ({ jobId }) => repos.exports.list(jobId),
    getExportOptions: () => readExportOptions(repos),
    setExportOptions: (options) => {
      repos.meta.set(EXPORT_OPTIONS_KEY, JSON.stringify(options));
      return readExportOptions(repos);
    },
  };
}
