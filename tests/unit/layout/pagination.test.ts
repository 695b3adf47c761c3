import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS, PAGE_SIZES } from '../../../src/core/layout/layout-options';
import { layoutResume } from '../../../src/core/layout/layout-resume';
import { expectedReadingText } from '../../../src/core/layout/reading-text';
import { emptyProfile } from '../../../src/core/resume/profile';
import type { Resume } from '../../../src/core/resume/resume';
import { entry, section } from '../../fixtures/resume-sample';
import { fakeMetrics } from './fake-metrics';
import { allRuns, must, pageLines, squash, type PageLine } from './layout-helpers';

const { margins } = DEFAULT_LAYOUT_OPTIONS;
const bulletTextX = margins.left + 14; // bulletTextIndent × base size

// With the fake metrics a bullet line holds 98 characters: a bullet of n × 95 characters wraps to n lines.
const bulletOfLines = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `${tag}-${i}`.padEnd(94, 'x')).join(' ');

type Kind = 'heading' | 'title' | 'meta' | 'bullet' | 'continuation' | 'other';
function kindOf(line: PageLine): Kind {
  const first = line.runs[0];
  if (first?.text === '•') return 'bullet';
  if (first?.style === 'bold' && first.size === 11) return 'heading';
  if (line.runs.some((run) => run.text === '  |  ')) return 'meta';
  if (first?.style === 'bold' && first.size === 10 && line.runs.length === 1) return 'title';
  if (Math.abs((first?.x ?? 0) - bulletTextX) < 0.01) return 'continuation';
  return 'other';
}

function experience(bulletsPerEntry: number[][], title = 'Experience'): Resume['sections'][number] {
  return section(
    'experience',
    title,
    bulletsPerEntry.map((lineCounts, e) =>
      entry(
        { title: `Engineer ${e}`, organization: `Org ${e}`, startDate: '2020', endDate: '2021' },
        lineCounts.map((n, b) => bulletOfLines(n, `e${e}b${b}`)),
      ),
    ),
  );
}

function expectPaginationRules(resume: Resume) {
  const doc = layoutResume(resume, {}, fakeMetrics());
  const pages = doc.pages.map((page) => pageLines(page).map(kindOf));
  pages.forEach((kinds, p) => {
    const last = kinds[kinds.length - 1];
    if (p < pages.length - 1) {
      // A heading or an entry header never ends a page.
      expect(['heading', 'title', 'meta']).not.toContain(last);
    }
    // A bullet never leaves one line alone at the top of a page ...
    const leadingContinuations = kinds.findIndex((kind) => kind !== 'continuation');
    if (p > 0 && kinds[0] === 'continuation')
      expect(leadingContinuations === -1 || leadingContinuations >= 2).toBe(true);
    // ... nor its first line alone at the bottom.
    const next = pages[p + 1];
    if (next?.[0] === 'continuation') expect(last).toBe('continuation');
  });
  return doc;
}

describe('pagination', () => {
  it('lays out 500 bullets, all of them, inside the page, obeying the keep rules', () => {
    const lengths = [1, 2, 3, 4, 1, 2, 1, 5, 2, 3];
    const resume: Resume = {
      profile: { ...emptyProfile(), name: 'Many Bullets' },
      sections: [experience(Array.from({ length: 50 }, () => lengths))],
    };
    const doc = expectPaginationRules(resume);

    expect(allRuns(doc).filter((run) => run.text === '•')).toHaveLength(500);
    expect(doc.pages.length).toBeGreaterThan(15);
    const { height } = PAGE_SIZES.a4;
    for (const run of allRuns(doc)) {
      expect(run.y - 0.8 * run.size).toBeGreaterThanOrEqual(margins.top - 0.01);
      expect(run.y + 0.2 * run.size).toBeLessThanOrEqual(height - margins.bottom + 0.01);
    }
    // Reading order survives pagination: bullet tags come out in sequence.
    const tags = expectedReadingText(doc).match(/e\d+b\d+-0/g) ?? [];
    expect(tags).toEqual(
      must(resume.sections[0]).entries.flatMap((_, e) => lengths.map((_, b) => `e${e}b${b}-0`)),
    );
  });

  it('keeps headings with what follows and headers with their first bullet, wherever the page ends', () => {
    for (let filler = 0; filler < 70; filler++) {
      const resume: Resume = {
        profile: emptyProfile(),
        sections: [
          experience([Array.from({ length: filler }, () => 1)], 'First'),
          experience([[3, 1], [2]], 'Second'),
          experience([[1]], 'Third'),
        ],
      };
      expectPaginationRules(resume);
    }
  });

  it('keeps at least two lines of a bullet on each side of a page break', () => {
    for (let filler = 0; filler < 60; filler++) {
      const resume: Resume = {
        profile: emptyProfile(),
        sections: [experience([[...Array.from({ length: filler }, () => 1), 4, 5, 3, 2, 6]])],
      };
      expectPaginationRules(resume);
    }
  });

  it('splits a bullet taller than a page instead of looping or losing text', () => {
    const huge = bulletOfLines(150, 'huge');
    const resume: Resume = {
      profile: emptyProfile(),
      sections: [section('custom', 'Long', [entry({}, [huge])])],
    };
    const doc = layoutResume(resume, {}, fakeMetrics());
    expect(doc.pages.length).toBeGreaterThanOrEqual(3);
    expect(squash(expectedReadingText(doc))).toContain(squash(huge));
  });
});
