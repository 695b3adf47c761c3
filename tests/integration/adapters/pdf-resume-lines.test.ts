import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { linesToDraft } from '../../../src/core/import/text-to-draft';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import { courseList } from '../../../src/core/resume/entry';
import { allBullets } from '../../../src/core/resume/resume';
import { readPdfResumeLines } from '../../../src/main/adapters/pdf-resume-lines';
import { writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { bundledFonts, sampleMeta } from '../../fixtures/export-setup';
import { poppler } from '../pdf/pdf-tools';

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const sample = draftToResume(
  parseJsonResume(
    readFileSync(
      fileURLToPath(new URL('../../fixtures/resumes/json-resume-sample.json', import.meta.url)),
      'utf8',
    ),
  ),
);

/** What a call rejects with. */
const failure = (call: () => Promise<unknown>) =>
  call().then(
    () => undefined,
    (e: unknown) => e as AppError,
  );

describe('reading a résumé PDF', () => {
  it('reads our own export back: name, email, headings, every bullet, nothing invented', async () => {
    const pdf = await writeResumePdf(sample, sampleMeta, bundledFonts());
    const read = await readPdfResumeLines(pdf.bytes);
    const { draft } = linesToDraft(read.lines, { indentStep: 6, bodySize: read.bodySize });
    expect(draft.profile).toMatchObject({ name: 'Richard Hendriks', email: 'richard.hendriks@mail.com' });
    expect(draft.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['experience', 'education', 'awards', 'skills', 'languages', 'references']),
    );
    const bullets = new Set(
      draft.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text))),
    );
    const expected = [...allBullets(sample)]
      .filter(({ section }) => section.kind === 'experience' || section.kind === 'projects')
      .map(({ bullet }) => bullet.text);
    expect(expected.filter((text) => !bullets.has(text))).toEqual([]);
    expect(draft.sections.find((s) => s.kind === 'experience')?.entries[0]).toMatchObject({
      title: 'CEO/President',
      organization: 'Pied Piper',
      startDate: 'Dec 2013',
      endDate: 'Dec 2014',
    });
    const source = squash(poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8']));
    const strings = [
      ...Object.values(draft.profile),
      ...draft.sections.flatMap((s) => [
        s.title,
        // Courses are a list (one per line): each course is the file's text, not their joined form.
        ...s.entries.flatMap(({ bullets: b, courses, ...f }) => [
          ...Object.values(f),
          ...courseList(courses),
          ...b.map((x) => x.text),
        ]),
      ]),
    ].filter((t) => t !== '');
    expect(strings.filter((t) => !source.includes(squash(t)))).toEqual([]);
  });

  it('says an image-only PDF has no text, naming the reason', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawRectangle({ x: 50, y: 50, width: 300, height: 400, color: rgb(0.2, 0.2, 0.2) });
    const bytes = await doc.save();
    const error = await failure(() => readPdfResumeLines(new Uint8Array(bytes)));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.message).toContain('no text in it, only images');
    expect(error?.details?.reason).toBe('image-only');
  });

  it('says a password-protected PDF cannot be read, and refuses an empty file', async () => {
    const locked = readFileSync(
      fileURLToPath(new URL('../../fixtures/resumes/password-protected.pdf', import.meta.url)),
    );
    const error = await failure(() => readPdfResumeLines(new Uint8Array(locked)));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.message).toContain('protected by a password');
    const empty = await failure(() => readPdfResumeLines(new Uint8Array(0)));
    expect(empty).toBeInstanceOf(AppError);
    expect(empty?.code).toBe('invalid-input');
  });

  it('refuses a file that is not a PDF, and a truncated one, with a typed message', async () => {
    const notPdf = await failure(() => readPdfResumeLines(new TextEncoder().encode('PK\u0003\u0004 a zip')));
    expect(notPdf?.message).toContain('not a PDF');
    const pdf = await writeResumePdf(sample, sampleMeta, bundledFonts());
    // pdf.js recovers what it can of a cut file; what it cannot read is a typed error, never a crash.
    for (const length of [2_000, Math.floor(pdf.bytes.length / 2)]) {
      const cut = await failure(() => readPdfResumeLines(pdf.bytes.subarray(0, length)));
      if (cut !== undefined) {
        expect(cut).toBeInstanceOf(AppError);
        expect(cut.code).toBe('invalid-input');
      }
    }
  });
});
