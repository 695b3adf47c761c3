import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS, PAGE_SIZES } from '../../../src/core/layout/layout-options';
import { layoutResume } from '../../../src/core/layout/layout-resume';
import { expectedReadingText } from '../../../src/core/layout/reading-text';
import { SECTION_KINDS } from '../../../src/core/resume/section';
import type { Resume } from '../../../src/core/resume/resume';
import { entry, section } from '../../fixtures/resume-sample';
import { fakeMetrics } from './fake-metrics';
import { allRuns } from './layout-helpers';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constant('x'.repeat(700)),
);

const resumes: fc.Arbitrary<Resume> = fc.record({
  profile: fc.record({
    name: text,
    headline: text,
    email: text,
    phone: text,
    location: text,
    website: text,
    summary: text,
  }),
  sections: fc
    .array(
      fc.tuple(
        fc.constantFrom(...SECTION_KINDS),
        text,
        fc.array(fc.tuple(text, text, text, fc.array(text, { maxLength: 6 })), { maxLength: 4 }),
      ),
      { maxLength: 4 },
    )
    .map((sections) =>
      sections.map(([kind, title, entries]) =>
        section(
          kind,
          title,
          entries.map(([t, organization, location, bullets]) =>
            entry({ title: t, organization, location }, bullets),
          ),
        ),
      ),
    ),
});

describe('layoutResume on arbitrary input (property)', () => {
  it('terminates, stays inside the margins and draws top to bottom', () => {
    const { margins } = DEFAULT_LAYOUT_OPTIONS;
    fc.assert(
      fc.property(resumes, (resume) => {
        const doc = layoutResume(resume, {}, fakeMetrics());
        for (const page of doc.pages) {
          let lastY = -Infinity;
          for (const run of page.runs) {
            expect(run.y).toBeGreaterThanOrEqual(lastY);
            lastY = run.y;
            expect(run.x + run.width).toBeLessThanOrEqual(PAGE_SIZES.a4.width - margins.right + 0.01);
            expect(run.y).toBeLessThanOrEqual(PAGE_SIZES.a4.height - margins.bottom);
          }
        }
        expect(allRuns(doc).every((run) => run.text.trim() !== '' || run.text === '  |  ')).toBe(true);
        expect(typeof expectedReadingText(doc)).toBe('string');
      }),
      { numRuns: 150 },
    );
  });
});
