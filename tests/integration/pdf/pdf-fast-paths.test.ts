import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { TemplateName } from '../../../src/core/layout/template-style';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import type { Resume } from '../../../src/core/resume/resume';
import {
  fastPdfPaths,
  installedPdfPaths,
  pdfPathsFor,
  PROVEN_ON,
  stockPdfPaths,
  type PdfPaths,
} from '../../../src/main/adapters/pdf-fast-paths';
import { extractPdfText } from '../../../src/main/adapters/pdf-text';
import { writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { bundledFonts, sampleMeta as meta } from '../../fixtures/export-setup';
import { sampleResume, twoPageResume } from '../../fixtures/resume-sample';
import { poppler, renderPages } from './pdf-tools';

const fonts = bundledFonts();
const demoResume = (): Resume =>
  draftToResume(
    parseJsonResume(
      readFileSync(
        fileURLToPath(new URL('../../../resources/demo/demo-resume.json', import.meta.url)),
        'utf8',
      ),
    ),
  );

const pageTexts = (bytes: Uint8Array, pages: number) =>
  Array.from({ length: pages }, (_, i) =>
    poppler('pdftotext', bytes, ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1)]),
  );

// The fast path (pdf-fast-paths.ts) must draw what pdf-lib and fontkit draw on their own: the same
// pages, the same text for a parser, the same pixels.
describe.each([
  { what: 'the demo résumé', template: 'classic', resume: demoResume },
  { what: 'the sample with Greek, Cyrillic and a fallback font', template: 'modern', resume: sampleResume },
  { what: 'the two-page résumé', template: 'compact', resume: twoPageResume },
  { what: 'the sample in a third family', template: 'serif', resume: sampleResume },
] satisfies { what: string; template: TemplateName; resume: () => Resume }[])(
  '$what ($template) on the fast and the stock path',
  async ({ template, resume }) => {
    // Written twice on the fast path: the second write reuses its parsed fonts, subsets and streams.
    await writeResumePdf(resume(), meta, fonts, { template }, fastPdfPaths);
    const fast = await writeResumePdf(resume(), meta, fonts, { template }, fastPdfPaths);
    const stock = await writeResumePdf(resume(), meta, fonts, { template }, stockPdfPaths);

    it('has the same pages', () => {
      expect(fast.pageCount).toBe(stock.pageCount);
      const pages = (bytes: Uint8Array) => /Pages:\s+(\d+)/.exec(poppler('pdfinfo', bytes))?.[1];
      expect(pages(fast.bytes)).toBe(String(fast.pageCount));
      expect(pages(stock.bytes)).toBe(String(stock.pageCount));
    });

    it('reads the same, page for page, with pdftotext and with pdf.js', async () => {
      const fastText = pageTexts(fast.bytes, fast.pageCount);
      expect(fastText.join('')).toContain('Experience');
      expect(fastText).toEqual(pageTexts(stock.bytes, stock.pageCount));
      expect((await extractPdfText(fast.bytes)).pages).toEqual((await extractPdfText(stock.bytes)).pages);
    });

    it('renders pixel for pixel the same (pdftoppm)', () => {
      const fastPages = renderPages(fast.bytes);
      const stockPages = renderPages(stock.bytes);
      expect(fastPages).toHaveLength(stock.pageCount);
      expect(stockPages).toHaveLength(stock.pageCount);
      fastPages.forEach((page, i) =>
        expect(page.equals(stockPages[i] ?? Buffer.alloc(0)), `page ${i + 1}`).toBe(true),
      );
    });
  },
);

describe('choosing the path', () => {
  it('takes the fast path for the pdf-lib and fontkit it was proven on, which are the installed ones', () => {
    // Failing here after an upgrade: every export now takes the slower stock path. Run this file and
    // `npm run bench`, then set PROVEN_ON to the new versions if the comparisons above still pass.
    expect(pdfPathsFor(PROVEN_ON)).toBe(fastPdfPaths);
    expect(installedPdfPaths()).toBe(fastPdfPaths);
  });

  it('takes the stock path for any other version, or one it cannot read', () => {
    for (const installed of [
      { ...PROVEN_ON, 'pdf-lib': '1.17.2' },
      { ...PROVEN_ON, '@pdf-lib/fontkit': '1.2.0' },
      { ...PROVEN_ON, 'pdf-lib': undefined },
    ]) {
      expect(pdfPathsFor(installed)).toBe(stockPdfPaths);
    }
    expect(stockPdfPaths.speedUps).toEqual([]);
    expect(stockPdfPaths.fontkit).toBe(fontkit);
  });

  it('writes with stock pdf-lib and fontkit when the version is unexpected', async () => {
    const unexpected = pdfPathsFor({ ...PROVEN_ON, 'pdf-lib': '2.0.0' });
    const written = await writeResumePdf(sampleResume(), meta, fonts, {}, unexpected);
    const stock = await writeResumePdf(sampleResume(), meta, fonts, {}, stockPdfPaths);
    const fast = await writeResumePdf(sampleResume(), meta, fonts, {}, fastPdfPaths);
    expect(Buffer.from(written.bytes).equals(Buffer.from(stock.bytes))).toBe(true);
    // The paths differ in bytes (zlib and pako compress differently), so this tells which one ran.
    expect(Buffer.from(written.bytes).equals(Buffer.from(fast.bytes))).toBe(false);
  });

  it('falls back to the stock path when a fast path throws', async () => {
    const broken: PdfPaths = {
      speedUps: ['one-parse'],
      fontkit: {
        create: () => {
          throw new Error('a fontkit that changed under us');
        },
      },
      prepare: () => undefined,
    };
    const written = await writeResumePdf(sampleResume(), meta, fonts, {}, broken);
    const stock = await writeResumePdf(sampleResume(), meta, fonts, {}, stockPdfPaths);
    expect(Buffer.from(written.bytes).equals(Buffer.from(stock.bytes))).toBe(true);
  });
});
