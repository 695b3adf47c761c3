import { describe, expect, it } from 'vitest';
import type { SkillMatch, SkillMatcher } from '../../../src/core/keywords/skill-types';
import type { Resume } from '../../../src/core/resume/resume';
import { applyJobChoices } from '../../../src/core/tailor/apply-choices';
import { entryRecency } from '../../../src/core/tailor/entry-recency';
import { noExclusions, tailorResume, type Exclusions } from '../../../src/core/tailor/exclusions';
import { fitToPages } from '../../../src/core/tailor/fit-to-pages';
import { skillSources } from '../../../src/core/tailor/skill-sources';
import { emptyEntryFields } from '../../../src/core/resume/entry';

/** Finds the listed words as skills, case-sensitively: enough to drive the algorithm. */
const wordMatcher = (skills: string[]): SkillMatcher => ({
  find(text) {
    const found: SkillMatch[] = [];
    for (const skill of skills) {
      const at = text.indexOf(skill);
      if (at >= 0) found.push({ skill, category: 'test', start: at, end: at + skill.length });
    }
    return found.sort((a, b) => a.start - b.start);
  },
  skillOf: (spelling) => skills.find((s) => s === spelling),
  aliasCount: skills.length,
});

let nextId = 100;
const entry = (title: string, endDate: string, bullets: string[]) => ({
  id: nextId++,
  ...emptyEntryFields(),
  title,
  endDate,
  bullets: bullets.map((text) => ({ id: nextId++, text, variants: [] })),
});

function resume(): Resume {
  return {
    profile: { name: 'A', headline: '', email: '', phone: '', location: '', website: '', summary: '' },
    sections: [
      {
        id: 1,
        kind: 'experience',
        title: 'Experience',
        entries: [
          entry('Old job', '2015', ['did Terraform', 'did Kafka', 'did filing']),
          entry('New job', 'Present', ['did Go', 'did Terraform too', 'did meetings']),
        ],
      },
    ],
  };
}

/** A page holds `perPage` lines: one per entry heading, one per bullet. */
const linePages = (perPage: number) => (r: Resume) => {
  const lines = r.sections.reduce((n, s) => n + s.entries.reduce((m, e) => m + 1 + e.bullets.length, 0), 0);
  return Math.max(1, Math.ceil(lines / perPage));
};

function fit(
  r: Resume,
  perPage: number,
  pins: Record<number, 'in' | 'out'> = {},
  excluded: Exclusions = noExclusions(),
) {
  const matcher = wordMatcher(['Terraform', 'Kafka', 'Go']);
  return fitToPages({
    resume: r,
    excluded,
    sources: skillSources(r, excluded, matcher),
    wanted: { required: ['Terraform', 'Kafka'], preferred: ['Go'] },
    pins,
    pages: 1,
    pageCount: linePages(perPage),
  });
}

const kept = (r: Resume, excluded: Exclusions) =>
  r.sections
    .flatMap((s) => s.entries.flatMap((e) => e.bullets))
    .filter((b) => !excluded.bullets.includes(b.id))
    .map((b) => b.text);

describe('fitToPages', () => {
  it('covers the most weighted skills in the room there is, one bullet per entry at least', () => {
    const r = resume();
    // 6 lines: 2 headings + 4 bullets.
    const result = fit(r, 6);
    expect(result.fits).toBe(true);
    expect(result.pageCount).toBe(1);
    expect(kept(r, result.excluded).sort()).toEqual(
      ['did Go', 'did Kafka', 'did Terraform', 'did Terraform too'].sort(),
    );
    expect(result.lostSkills).toEqual({ required: [], preferred: [] });
    expect(result.leftOut.map((b) => b.text).sort()).toEqual(['did filing', 'did meetings']);
  });

  it('prefers the more recent entry when two bullets bring the same', () => {
    const r = resume();
    // 4 lines: 2 headings + 2 bullets, one per entry; Terraform is in both, Go only in the new job.
    const result = fit(r, 4);
    const texts = kept(r, result.excluded);
    expect(texts).toHaveLength(2);
    expect(texts).toContain('did Kafka'); // the old job's best: Kafka is shown nowhere else
    expect(texts.filter((t) => t.startsWith('did Terraform') || t === 'did Go')).toHaveLength(1);
    expect(result.lostSkills.required.length + result.lostSkills.preferred.length).toBeGreaterThan(0);
  });

  it('keeps pins and leaves out a whole old entry when one bullet each is still too long', () => {
    const r = resume();
    const [oldJob, newJob] = r.sections[0]!.entries;
    const filing = oldJob!.bullets[2]!.id;
    const pinnedOut = newJob!.bullets[0]!.id;
    const withPins = fit(r, 6, { [filing]: 'in', [pinnedOut]: 'out' });
    expect(kept(r, withPins.excluded)).toContain('did filing');
    expect(kept(r, withPins.excluded)).not.toContain('did Go');
    expect(withPins.leftOut.find((b) => b.bulletId === pinnedOut)?.reason).toBe('pinned-out');

    // 2 lines: only one entry and one bullet fit; the old job goes whole.
    const tight = fit(r, 2);
    expect(tight.fits).toBe(true);
    expect(tight.leftOutEntries.map((e) => e.title)).toEqual(['Old job']);
    expect(tight.excluded.entries).toEqual([oldJob!.id]);
  });

  it('leaves the bullets of an entry it cannot show as they were, so the entry comes back whole', () => {
    const r = resume();
    const [oldJob, newJob] = r.sections[0]!.entries;
    const kafka = oldJob!.bullets[1]!.id;
    const excluded: Exclusions = { sections: [], entries: [oldJob!.id], bullets: [kafka] };
    const result = fit(r, 20, {}, excluded);
    expect(result.excluded.entries).toEqual([oldJob!.id]);
    const back: Exclusions = { ...result.excluded, entries: [] };
    expect(kept(r, back)).toEqual(expect.arrayContaining(['did Terraform', 'did filing']));
    expect(kept(r, back)).not.toContain('did Kafka');
    expect(kept(r, back)).toEqual(expect.arrayContaining(newJob!.bullets.map((b) => b.text)));

    // An entry fit leaves out whole keeps its bullets likewise.
    const tight = fit(r, 2);
    expect(tight.excluded.entries).toEqual([oldJob!.id]);
    expect(kept(r, { ...tight.excluded, entries: [] })).toEqual(
      expect.arrayContaining(oldJob!.bullets.map((b) => b.text)),
    );
  });

  it('fills the page as far as whole bullets allow: nothing left out would still fit', () => {
    // A page of 6 lines; a bullet takes a line per 20 characters. One bullet per entry is 10 lines, so
    // entries go: the small oldest first (still 8), then the large one (2). The small one fits again.
    const long = 'did a great many things that take lines';
    const r: Resume = {
      ...resume(),
      sections: [
        {
          id: 2,
          kind: 'experience',
          title: 'Experience',
          entries: [
            entry('New job', 'Present', ['did Terraform']),
            entry('Middle job', '2018', [`${long}, and more ${long}`]),
            entry('Small old job', '2012', ['did filing', 'did notes', `${long}, again`]),
          ],
        },
      ],
    };
    const matcher = wordMatcher(['Terraform']);
    const pageCount = (x: Resume) => {
      const lines = x.sections
        .flatMap((s) => s.entries)
        .reduce((n, e) => n + 1 + e.bullets.reduce((m, b) => m + Math.ceil(b.text.length / 20), 0), 0);
      return Math.max(1, Math.ceil(lines / 6));
    };
    const result = fitToPages({
      resume: r,
      excluded: noExclusions(),
      sources: skillSources(r, noExclusions(), matcher),
      wanted: { required: ['Terraform'], preferred: [] },
      pins: {},
      pages: 1,
      pageCount,
    });
    expect(result.fits).toBe(true);
    expect(result.leftOutEntries.map((e) => e.title)).toEqual(['Middle job']);
    const printed = tailorResume(r, result.excluded).sections.flatMap((s) =>
      s.entries.flatMap((e) => e.bullets.map((b) => b.text)),
    );
    expect(printed).toEqual(['did Terraform', 'did filing', 'did notes']);
    // Every bullet left out would push the résumé to a second page, and so would the entry left out.
    for (const bullet of result.leftOut) {
      const on = result.excluded.bullets.filter((id) => id !== bullet.bulletId);
      expect(pageCount(tailorResume(r, { ...result.excluded, bullets: on }))).toBe(2);
    }
    const middle = result.leftOutEntries[0]!.entryId;
    const back = { ...result.excluded, entries: result.excluded.entries.filter((id) => id !== middle) };
    expect(pageCount(tailorResume(r, back))).toBe(2);
  });

  it('is deterministic and reads the job’s wording', () => {
    const r = applyJobChoices(resume(), { texts: {}, order: { entries: {}, bullets: {} } });
    expect(fit(r, 5)).toEqual(fit(r, 5));
    const master = resume();
    const meetings = master.sections[0]!.entries[1]!.bullets[2]!;
    const worded = applyJobChoices(master, {
      texts: { [meetings.id]: { text: 'did Kafka at scale' } },
      order: { entries: {}, bullets: {} },
    });
    const left = fit(worded, 4).leftOut.find((b) => b.bulletId === meetings.id);
    expect(left).toMatchObject({ text: 'did Kafka at scale', skills: ['Kafka'] });
  });
});

describe('entryRecency', () => {
  it('orders ongoing, then by end date (month when given), then undated', () => {
    const order = [
      { startDate: '2012', endDate: '2014' },
      { startDate: 'Jan 2019', endDate: 'Present' },
      { startDate: '', endDate: '' },
      { startDate: '2016', endDate: 'Mar 2019' },
      { startDate: '2016', endDate: '2019-11' },
    ]
      .map((dates, index) => ({ index, value: entryRecency(dates) }))
      .sort((a, b) => b.value - a.value)
      .map((e) => e.index);
    expect(order).toEqual([1, 4, 3, 0, 2]);
  });
});
