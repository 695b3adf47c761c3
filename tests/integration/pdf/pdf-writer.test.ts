import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { FONT_STYLES } from '../../../src/core/layout/font-metrics';
import type { Resume } from '../../../src/core/resume/resume';
import { createFontMetrics } from '../../../src/main/adapters/fontkit-metrics';
import { extractPdfText } from '../../../src/main/adapters/pdf-text';
import { PDF_FONT_FEATURES, writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { bundledFonts, expectInOrder, rejoinBreaks, sampleMeta as meta } from '../../fixtures/export-setup';
import { bulletTexts, entry, sampleResume, section, twoPageResume } from '../../fixtures/resume-sample';
import { flatten, poppler } from './pdf-tools';

const fonts = bundledFonts();
const dejavu = fonts['dejavu-sans'];

describe('writeResumePdf with the bundled fonts', async () => {
  const resume = sampleResume();
  const pdf = await writeResumePdf(resume, meta, fonts);

  it('reads back with pdftotext: every bullet, in order, accents, Greek and Cyrillic intact', () => {
    const text = poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8']);
    const flat = flatten(rejoinBreaks(text));
    expectInOrder(flat, [
      'José Müller-Peña',
      'jose.muller@example.com',
      'Summary',
      'Experience',
      'Senior Software Engineer',
      'Acme Payments GmbH',
      'Mar 2021 – Present',
      ...bulletTexts(resume).slice(0, 4),
      'Ñandú Analytics',
      ...bulletTexts(resume).slice(4),
      'Skills',
      'Spoken: English, Español, Deutsch, Русский (basic)',
    ]);
    expect(text).toContain('• Designed the settlement service');
    expect(text).toContain('«Σύστημα πληρωμών»');
    expect(text).toContain('«Поиск по документам»');
    // No ligature glyphs, and the "fi"/"ffl" words come out letter by letter.
    expect(text).not.toMatch(/[\uFB00-\uFB06]/);
    expect(text).toContain(
      'Efficiently profiled and fixed workflow bottlenecks in the official reconciliation flow (fi, fl, ffi, ffl).',
    );
  });

  it('embeds every font, subset, with a ToUnicode map, bold named Bold', () => {
    const table = poppler('pdffonts', pdf.bytes).trim().split('\n').slice(2);
    expect(table.length).toBe(3);
    for (const row of table) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(table.some((row) => /^[A-Z]{6}\+DejaVuSans-Bold\s/.test(row))).toBe(true);
  });

  it('reads back with pdf.js exactly as layout expects, modulo whitespace', async () => {
    const { pages } = await extractPdfText(pdf.bytes);
    expect(pages).toHaveLength(pdf.pageCount);
    expect(flatten(pages.join('\n'))).toBe(flatten(pdf.readingText));
  });

  it('puts link annotations on the email and website', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: pdf.bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    const annotations = await (await doc.getPage(1)).getAnnotations();
    expect(annotations.map((a: { url?: string }) => a.url)).toEqual([
      'mailto:jose.muller@example.com',
      'https://josemuller.dev/',
    ]);
    await doc.destroy();
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const again = await writeResumePdf(sampleResume(), meta, fonts);
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
    const later = await writeResumePdf(
      sampleResume(),
      { ...meta, createdAt: new Date('2025-01-01T00:00:00Z') },
      fonts,
    );
    expect(Buffer.from(later.bytes).equals(Buffer.from(pdf.bytes))).toBe(false);
  });

  it('writes the same bytes as a fresh process would, whatever it wrote before', async () => {
    // Fonts, subsets and compressed streams are reused between documents: nothing of one may leak into
    // the next. A toggle that drops the only Greek bullet changes the glyphs the fonts must carry.
    const toggled = sampleResume();
    const entries = toggled.sections.flatMap((s) => s.entries);
    const greek = entries.find((e) => e.bullets.some((b) => b.text.includes('Σύστημα')));
    if (greek === undefined) throw new Error('the sample has a Greek bullet');
    greek.bullets = greek.bullets.filter((b) => !b.text.includes('Σύστημα'));
    await writeResumePdf(twoPageResume(), meta, fonts, { template: 'modern' });
    const warm = await writeResumePdf(toggled, meta, fonts);
    const again = await writeResumePdf(sampleResume(), meta, fonts);
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);

    vi.resetModules();
    const fresh = await import('../../../src/main/adapters/pdf-writer');
    const cold = await fresh.writeResumePdf(toggled, meta, fonts);
    expect(Buffer.from(warm.bytes).equals(Buffer.from(cold.bytes))).toBe(true);
    const text = flatten(rejoinBreaks(poppler('pdftotext', warm.bytes, ['-enc', 'UTF-8'])));
    expect(text).not.toContain('Σύστημα');
    expectInOrder(text, bulletTexts(toggled).map(flatten));
  });

  it('writes the metadata it is given, dated from meta.createdAt', async () => {
    const loaded = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(loaded.getTitle()).toBe(meta.title);
    expect(loaded.getAuthor()).toBe(meta.author);
    expect(loaded.getSubject()).toBe(meta.subject);
    expect(loaded.getKeywords()).toBe('Go PostgreSQL');
    expect(loaded.getCreationDate()?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect(loaded.getModificationDate()?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });

  it('uses the page size it is asked for', async () => {
    const letter = await writeResumePdf(sampleResume(), meta, fonts, { pageSize: 'letter' });
    expect(poppler('pdfinfo', letter.bytes)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(poppler('pdfinfo', pdf.bytes)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('measures text exactly as pdf-lib draws it', async () => {
    const metrics = createFontMetrics(dejavu);
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const samples = [
      'Efficiently fixed workflow',
      'José Müller-Peña «Σύστημα» Поиск',
      'WAVE To AV 1,234.50 – ffl',
    ];
    for (const style of FONT_STYLES) {
      const font = await doc.embedFont(dejavu[style], { subset: true, features: PDF_FONT_FEATURES });
      for (const sample of samples) {
        expect(metrics.widthOf(sample, style, 10)).toBeCloseTo(font.widthOfTextAtSize(sample, 10), 6);
      }
    }
  });
});

describe('writeResumePdf refusing characters the fonts lack', () => {
  const metrics = createFontMetrics([fonts['dejavu-sans'], fonts['open-sans']]);
  const withJob = (fields: { location?: string }, bullets: string[]): Resume => ({
    ...sampleResume(),
    sections: [
      section('experience', 'Experience', [
        entry({ title: 'Dev', organization: 'Acme', ...fields }, bullets),
      ]),
    ],
  });

  it('stops before drawing and names the character, its code point and the field', async () => {
    expect(metrics.hasGlyph(0x4e2d, 'regular')).toBe(false);
    const resume = withJob({}, ['One', 'Two', 'Launched in 中国']);
    const error = await writeResumePdf(resume, meta, fonts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unsupported-character');
    expect((error as AppError).message).toContain('"中" (U+4E2D) in Experience › Acme › bullet 3');
    expect((error as AppError).details?.characters).toHaveLength(2);
  });

  it('agrees with the font about emoji', async () => {
    // DejaVu Sans has U+1F600 but the oblique face (used for locations) may not: trust hasGlyph.
    const resume = withJob({ location: 'Remote 😀' }, ['One']);
    const drawable = metrics.hasGlyph(0x1f600, 'italic');
    const result = await writeResumePdf(resume, meta, fonts).then(
      () => 'written',
      (e: unknown) => (e as AppError).message,
    );
    if (drawable) expect(result).toBe('written');
    else expect(result).toContain('U+1F600');
  });
});

describe('writeResumePdf at scale', () => {
  // Speed is measured by `npm run bench` (pdf section), not asserted here.
  it('writes the two-page bench résumé on two pages', async () => {
    const first = await writeResumePdf(twoPageResume(), meta, fonts);
    expect(first.pageCount).toBe(2);
  });

  it('writes 500 bullets and pdftotext finds all of them', async () => {
    const bullets = Array.from(
      { length: 500 },
      (_, i) => `Bullet number ${i} shipped a measurable improvement to the platform.`,
    );
    const resume: Resume = {
      ...sampleResume(),
      sections: Array.from({ length: 10 }, (_, s) =>
        section('experience', `Part ${s}`, [
          entry({ title: `Role ${s}` }, bullets.slice(s * 50, s * 50 + 50)),
        ]),
      ),
    };
    const pdf = await writeResumePdf(resume, meta, fonts);
    expect(pdf.pageCount).toBeGreaterThan(10);
    const flat = flatten(poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8']));
    expectInOrder(flat, bullets);
  });
});
