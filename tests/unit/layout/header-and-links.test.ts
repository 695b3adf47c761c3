import { describe, expect, it } from 'vitest';
import { layoutResume } from '../../../src/core/layout/layout-resume';
import { DEFAULT_LAYOUT_OPTIONS, PAGE_SIZES } from '../../../src/core/layout/layout-options';
import { expectedReadingText } from '../../../src/core/layout/reading-text';
import { TEMPLATE_NAMES } from '../../../src/core/layout/template-style';
import { emptyProfile, type Profile } from '../../../src/core/resume/profile';
import type { Resume } from '../../../src/core/resume/resume';
import { entry, section } from '../../fixtures/resume-sample';
import { fakeMetrics } from './fake-metrics';
import { allRuns, must, pageLines } from './layout-helpers';

const layout = (resume: Resume, options = {}) => layoutResume(resume, options, fakeMetrics());
const lineTexts = (resume: Resume, options = {}) =>
  layout(resume, options)
    .pages.flatMap(pageLines)
    .map((line) => line.text);

// With the fake metrics a contact character is 4.75 pt wide: about 107 fit on an A4 line.
const longContact: Profile = {
  ...emptyProfile(),
  name: 'Ada Lovelace',
  headline: 'Analytical Engine Programmer',
  email: 'ada.lovelace.countess@example.com',
  phone: '+44 20 7946 0000',
  location: 'Marylebone, London, United Kingdom',
  website: 'https://ada-lovelace.example.org/notes',
};

describe('the header', () => {
  it.each(TEMPLATE_NAMES)('%s reads name, then headline, then the contact line', (template) => {
    const texts = lineTexts({ profile: longContact, sections: [] }, { template });
    expect(texts[0]).toBe('Ada Lovelace');
    expect(texts[1]).toBe('Analytical Engine Programmer');
    expect(texts[2]).toContain('ada.lovelace.countess@example.com');
  });

  it('puts the contact line right under the name when there is no headline', () => {
    const texts = lineTexts({ profile: { ...longContact, headline: '' }, sections: [] });
    expect(texts.slice(0, 2).map((text) => text.split(/\s+/)[0])).toEqual([
      'Ada',
      'ada.lovelace.countess@example.com',
    ]);
  });

  it('never leaves the website alone on the last contact row, and keeps every item whole', () => {
    const doc = layout({ profile: longContact, sections: [] });
    const contactRows = doc.pages.flatMap(pageLines).slice(2);
    expect(contactRows).toHaveLength(2);
    const website = must(contactRows[1]).runs.map((run) => run.text);
    expect(website).toContain(longContact.website);
    expect(website.length).toBeGreaterThan(1);
    // Each item is one run on one row: nothing of it wrapped to another line.
    for (const item of [longContact.email, longContact.phone, longContact.location, longContact.website]) {
      expect(allRuns(doc).filter((run) => run.text === item)).toHaveLength(1);
    }
    expect(doc.pages[0]?.links.map((link) => link.url)).toEqual([
      `mailto:${longContact.email}`,
      longContact.website,
    ]);
  });

  it('the serif template centres the name, headline and contact rows; the others start at the margin', () => {
    const contentWidth = PAGE_SIZES.a4.width - 2 * DEFAULT_LAYOUT_OPTIONS.margins.left;
    const centre = DEFAULT_LAYOUT_OPTIONS.margins.left + contentWidth / 2;
    const header = (template: string) =>
      layout({ profile: longContact, sections: [] }, { template }).pages.flatMap(pageLines).slice(0, 4);
    for (const line of header('serif')) {
      const left = must(line.runs[0]).x;
      const last = must(line.runs[line.runs.length - 1]);
      expect((left + last.x + last.width) / 2).toBeCloseTo(centre, 1);
    }
    for (const line of header('classic'))
      expect(line.runs[0]?.x).toBeCloseTo(DEFAULT_LAYOUT_OPTIONS.margins.left);
    // The link boxes follow the centred text.
    const serif = layout({ profile: longContact, sections: [] }, { template: 'serif' });
    const site = must(allRuns(serif).find((run) => run.text === longContact.website));
    expect(serif.pages[0]?.links[1]).toMatchObject({ x: site.x, w: site.width });
  });
});

describe('entries', () => {
  it("prints an education's courses as one line, not as bullets", () => {
    const resume: Resume = {
      profile: emptyProfile(),
      sections: [
        section('education', 'Education', [
          entry({ title: 'BSc Mathematics', courses: 'Algebra\nTopology\n\nNumber theory' }, []),
        ]),
      ],
    };
    const text = expectedReadingText(layout(resume));
    expect(text).toContain('Courses: Algebra, Topology, Number theory');
    expect(text).not.toContain('•');
  });

  it("prints a project's link on its header line, as a link", () => {
    const resume: Resume = {
      profile: emptyProfile(),
      sections: [
        section('projects', 'Projects', [
          entry({ title: 'tfdrift', startDate: '2020', url: 'github.com/ada/tfdrift' }, ['Wrote it in Go.']),
        ]),
      ],
    };
    const doc = layout(resume);
    const lines = expectedReadingText(doc)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' '));
    expect(lines).toContain('2020 | github.com/ada/tfdrift');
    expect(doc.pages[0]?.links.map((link) => link.url)).toEqual(['https://github.com/ada/tfdrift']);
  });
});
