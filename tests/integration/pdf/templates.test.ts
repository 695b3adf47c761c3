import { describe, expect, it } from 'vitest';
import { compareReadingText } from '../../../src/core/layout/ats-check';
import { FONT_STYLES } from '../../../src/core/layout/font-metrics';
import { TEMPLATE_NAMES } from '../../../src/core/layout/template-style';
import { TEMPLATES } from '../../../src/core/layout/templates';
import { extractPdfText } from '../../../src/main/adapters/pdf-text';
import { chainMetrics, writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { bundledFonts, expectInOrder, rejoinBreaks, sampleMeta as meta } from '../../fixtures/export-setup';
import { bulletTexts, sampleResume, twoPageResume } from '../../fixtures/resume-sample';
import { flatten, poppler } from './pdf-tools';

const fonts = bundledFonts();
const PDF_FAMILY_NAMES = {
  'dejavu-sans': 'DejaVuSans',
  'open-sans': 'OpenSans',
  'liberation-serif': 'LiberationSerif',
} as const;

// Assigned letters of each block the issue names; controls and unassigned code points are skipped.
const BLOCKS = {
  'Latin-1 Supplement': [0x00a0, 0x00ff],
  'Latin Extended-A': [0x0100, 0x017f],
  'Latin Extended-B': [0x0180, 0x024f],
  Greek: [0x0370, 0x03ff],
  Cyrillic: [0x0400, 0x04ff],
} as const;
const assigned = (code: number) => /^[^\p{Cn}\p{Cc}\p{Cf}]$/u.test(String.fromCodePoint(code));

describe.each(TEMPLATE_NAMES)('the %s template', (name) => {
  it('covers Latin (all of Extended-A and -B), Greek and Cyrillic through its font fallback chain', () => {
    const metrics = chainMetrics(fonts, TEMPLATES[name].fontFamily);
    for (const [block, [from, to]] of Object.entries(BLOCKS)) {
      for (const style of FONT_STYLES) {
        const missing: string[] = [];
        for (let code = from; code <= to; code++) {
          if (assigned(code) && !metrics.hasGlyph(code, style)) missing.push(code.toString(16));
        }
        expect(missing, `${block} in ${style}`).toEqual([]);
      }
    }
  });

  it('reads back in order with accents, Greek and Cyrillic, with pdftotext and with pdf.js', async () => {
    const resume = sampleResume();
    const pdf = await writeResumePdf(resume, meta, fonts, { template: name });
    const text = poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8']);
    expectInOrder(flatten(rejoinBreaks(text)), [
      'José Müller-Peña',
      'jose.muller@example.com',
      'Summary',
      'Experience',
      'Senior Software Engineer',
      'Acme Payments GmbH',
      ...bulletTexts(resume),
      'Skills',
    ]);
    expect(text).toContain('«Σύστημα πληρωμών»');
    expect(text).toContain('«Поиск по документам»');
    expect(text).not.toMatch(/[\uFB00-\uFB06]/);
    const { pages } = await extractPdfText(pdf.bytes);
    const ats = compareReadingText(pdf.readingText, pages);
    expect(ats.differences).toEqual([]);
    expect(ats.ok).toBe(true);
  });

  it('embeds every font it uses, subset, with a ToUnicode map', async () => {
    // "ƀ" (U+0180) is not in Open Sans: the modern and compact templates draw it with DejaVu Sans.
    const resume = sampleResume();
    resume.profile.headline = 'Engineer ƀ Ϣ';
    const pdf = await writeResumePdf(resume, meta, fonts, { template: name });
    const rows = poppler('pdffonts', pdf.bytes).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const family = PDF_FAMILY_NAMES[TEMPLATES[name].fontFamily];
    expect(rows.some((row) => new RegExp(`^[A-Z]{6}\\+${family}-Bold\\s`).test(row))).toBe(true);
    if (family === 'OpenSans') expect(rows.some((row) => /\+DejaVuSans\s/.test(row))).toBe(true);
    expect(poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8'])).toContain('Engineer ƀ Ϣ');
  });

  it('is byte-identical for the same input, on A4 and on US Letter', async () => {
    for (const pageSize of ['a4', 'letter'] as const) {
      const options = { template: name, pageSize, baseFontSize: 10.5 };
      const a = await writeResumePdf(sampleResume(), meta, fonts, options);
      const b = await writeResumePdf(sampleResume(), meta, fonts, options);
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    }
  });
});

describe('templates differ where the user would see it', () => {
  it('compact fits more bullets on the first page than classic', async () => {
    const [classic, compact] = await Promise.all(
      (['classic', 'compact'] as const).map(async (template) => {
        const pdf = await writeResumePdf(twoPageResume(), meta, fonts, { template });
        const firstPage = poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8', '-f', '1', '-l', '1']);
        return firstPage.split('\u2022').length - 1;
      }),
    );
    expect(compact).toBeGreaterThan(classic ?? Infinity);
  });

  it('uses the page size and margins it is given', async () => {
    const letter = await writeResumePdf(sampleResume(), meta, fonts, {
      template: 'modern',
      pageSize: 'letter',
    });
    expect(poppler('pdfinfo', letter.bytes)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const bbox = poppler('pdftotext', letter.bytes, ['-bbox', '-f', '1', '-l', '1']);
    const xs = [...bbox.matchAll(/xMin="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(43.2, 0);
  });
});
