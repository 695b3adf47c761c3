import { describe, expect, it } from 'vitest';
import { compareReadingText } from '../../../src/core/layout/ats-check';
import { layoutResume } from '../../../src/core/layout/layout-resume';
import {
  DEFAULT_EXPORT_OPTIONS,
  ExportOptionsSchema,
  exportLayoutOptions,
} from '../../../src/core/layout/export-options';
import { expectedReadingText } from '../../../src/core/layout/reading-text';
import { TEMPLATE_NAMES } from '../../../src/core/layout/template-style';
import { TEMPLATES } from '../../../src/core/layout/templates';
import {
  describeReplacedCharacters,
  replaceUnsupportedCharacters,
} from '../../../src/core/layout/unsupported-characters';
import { sampleResume } from '../../fixtures/resume-sample';
import { fakeMetrics } from './fake-metrics';
import { allRuns } from './layout-helpers';

describe('templates', () => {
  it.each(TEMPLATE_NAMES)('%s draws the same reading text as classic, only placed differently', (name) => {
    const classic = layoutResume(sampleResume(), { template: 'classic' }, fakeMetrics());
    const other = layoutResume(sampleResume(), { template: name }, fakeMetrics());
    const words = (text: string) => text.replace(/[|·]/g, ' ').split(/\s+/).filter(Boolean);
    expect(words(expectedReadingText(other))).toEqual(words(expectedReadingText(classic)));
  });

  it('modern colours the name and headings with its accent, and body text stays dark', () => {
    const doc = layoutResume(sampleResume(), { template: 'modern' }, fakeMetrics());
    const runs = allRuns(doc);
    const accent = TEMPLATES.modern.colors.accent;
    expect(runs[0]?.color).toEqual(accent);
    expect(runs.find((run) => run.text === 'Experience')?.color).toEqual(accent);
    expect(runs.find((run) => run.text.startsWith('Designed the settlement'))?.color).toEqual(
      TEMPLATES.modern.colors.text,
    );
    expect(doc.pages[0]?.rules[0]?.thickness).toBe(TEMPLATES.modern.rule.thickness);
  });

  it('applies the stored options: page size, margins and base size', () => {
    const doc = layoutResume(
      sampleResume(),
      exportLayoutOptions({ template: 'compact', pageSize: 'letter', marginMm: 25.4, baseFontSize: 12 }),
      fakeMetrics(),
    );
    expect(doc.pageWidth).toBe(612);
    const runs = allRuns(doc);
    expect(Math.min(...runs.map((run) => run.x))).toBeCloseTo(72);
    expect(runs.find((run) => run.text === 'Experience')?.size).toBeCloseTo(
      12 * TEMPLATES.compact.sizes.heading,
    );
  });
});

describe('ExportOptionsSchema', () => {
  it('accepts the defaults and refuses what would not print or not read', () => {
    expect(ExportOptionsSchema.safeParse(DEFAULT_EXPORT_OPTIONS).success).toBe(true);
    const bad = [
      { ...DEFAULT_EXPORT_OPTIONS, marginMm: 2 },
      { ...DEFAULT_EXPORT_OPTIONS, marginMm: 90 },
      { ...DEFAULT_EXPORT_OPTIONS, baseFontSize: 30 },
      { ...DEFAULT_EXPORT_OPTIONS, baseFontSize: 10.3 },
      { ...DEFAULT_EXPORT_OPTIONS, template: 'fancy' },
      { ...DEFAULT_EXPORT_OPTIONS, pageSize: 'a3' },
      { ...DEFAULT_EXPORT_OPTIONS, extra: true },
    ];
    for (const options of bad)
      expect(ExportOptionsSchema.safeParse(options).success, JSON.stringify(options)).toBe(false);
  });
});

describe('compareReadingText', () => {
  it('passes when only whitespace differs', () => {
    const check = compareReadingText('Ann  Lee\nEXPERIENCE\n• Built it', [
      'Ann Lee\n EXPERIENCE\n•  Built it ',
    ]);
    expect(check).toMatchObject({ ok: true, differences: [] });
  });

  it('names the damaged line: glued words, lost bullets, ligatures', () => {
    const expected = 'Ann Lee\n• Profiled the official flow\n• Cut costs\nSKILLS';
    const check = compareReadingText(expected, ['Ann Lee\n• Profiled the o\uFB03cial flow\nSKILLS']);
    expect(check.ok).toBe(false);
    expect(check.differences).toEqual([
      'Missing from what a parser reads: "• Profiled the official flow"',
      'Missing from what a parser reads: "• Cut costs"',
      'Read but not drawn as such: "• Profiled the o\uFB03cial flow"',
    ]);
  });
});

describe('replaceUnsupportedCharacters', () => {
  it('replaces only what the fonts lack, where it is, and says which', () => {
    const resume = sampleResume();
    resume.profile.location = 'Shanghai 上海';
    const { resume: drawn, replaced } = replaceUnsupportedCharacters(resume, fakeMetrics());
    expect(drawn.profile.location).toBe('Shanghai \uFFFD\uFFFD');
    expect(drawn.profile.name).toBe(resume.profile.name);
    expect(replaced.map((item) => [item.codePoint, item.field])).toEqual([
      ['U+4E0A', 'profile › location'],
      ['U+6D77', 'profile › location'],
    ]);
    expect(describeReplacedCharacters(replaced)).toContain('"上" (U+4E0A) in profile › location');
  });
});
