import { describe, expect, it } from 'vitest';
import { emptyEntryFields } from '../../../src/core/resume/entry';
import { importChanges } from '../../../src/core/resume/import-changes';
import { emptyProfile } from '../../../src/core/resume/profile';
import type { Resume } from '../../../src/core/resume/resume';
import type { EntryDraft, ResumeDraft } from '../../../src/core/resume/resume-draft';
import {
  defaultMergeChoices,
  mergeDraft,
  normalised,
  planMerge,
} from '../../../src/core/resume/resume-merge';
import { planReplacement } from '../../../src/core/resume/resume-replacement';

const entry = (title: string, organization: string, bullets: string[], more = {}): EntryDraft => ({
  ...emptyEntryFields(),
  title,
  organization,
  ...more,
  bullets: bullets.map((text) => ({ text })),
});

const current: Resume = {
  profile: { ...emptyProfile(), name: 'Ada Byron', email: 'ada@old.example' },
  sections: [
    {
      id: 1,
      kind: 'experience',
      title: 'Experience',
      entries: [
        {
          ...emptyEntryFields(),
          id: 10,
          title: 'Sr. Nurse',
          organization: 'St. Mary’s Hospital',
          startDate: '2019',
          bullets: [
            { id: 100, text: 'Ran the night shift.', variants: [{ id: 1, text: 'Led nights.' }] },
            { id: 101, text: 'Trained new staff', variants: [] },
            { id: 102, text: 'Old wording of a bullet.', variants: [] },
          ],
        },
        {
          ...emptyEntryFields(),
          id: 11,
          title: 'Nurse',
          organization: 'City Clinic',
          bullets: [{ id: 110, text: 'Triage.', variants: [] }],
        },
      ],
    },
    { id: 2, kind: 'skills', title: 'Skills', entries: [] },
  ],
};

const draft: ResumeDraft = {
  profile: { ...emptyProfile(), name: 'Ada B.', email: '', phone: '+44 20 7946 0000' },
  sections: [
    {
      kind: 'experience',
      title: 'Work history',
      entries: [
        entry(
          'sr nurse',
          'St Mary’s hospital',
          ['Trained new staff.', 'New wording of a bullet.', 'Ran the night shift.'],
          { startDate: '2018', endDate: 'Present' },
        ),
        entry('Ward sister', 'Royal Infirmary', ['Ran a ward of 30 beds.']),
      ],
    },
    { kind: 'languages', title: 'Languages', entries: [entry('French', '', [], { detail: 'B2' })] },
  ],
};

describe('normalised', () => {
  it('compares words, not case, spacing or punctuation, and keeps symbols that make a different word', () => {
    expect(normalised('  Sr.  Engineer ')).toBe(normalised('sr engineer'));
    expect(normalised('ACME, Inc.')).toBe(normalised('Acme Inc'));
    expect(normalised('C++ developer')).not.toBe(normalised('C developer'));
  });
});

describe('planMerge', () => {
  it('offers the stored entry with the same title and organization, and adds the others', () => {
    const plan = planMerge(current, draft);
    expect(plan.offers).toHaveLength(1);
    const [offer] = plan.offers;
    expect(offer?.storedId).toBe(10);
    expect(offer?.changes).toEqual([
      { field: 'startDate', stored: '2019', imported: '2018' },
      { field: 'endDate', stored: '', imported: 'Present' },
    ]);
    // "Trained new staff." is the stored bullet with a full stop: not new, not missing.
    expect(offer?.newBullets).toEqual(['New wording of a bullet.']);
    expect(offer?.missingBullets).toEqual([{ id: 102, text: 'Old wording of a bullet.' }]);
    expect(plan.added).toEqual([
      { section: 0, entry: 1 },
      { section: 1, entry: 0 },
    ]);
    expect(plan.profile.map((c) => c.field)).toEqual(['name', 'phone']);
  });

  it('by default fills empty profile fields, keeps filled ones, updates matches and removes nothing', () => {
    expect(defaultMergeChoices(planMerge(current, draft))).toEqual({
      profile: ['phone'],
      update: [10],
      removeBullets: [],
    });
  });
});

describe('mergeDraft', () => {
  it('keeps every stored item, updates the match and adds new entries and sections, with every id kept', () => {
    const merged = mergeDraft(current, draft, defaultMergeChoices(planMerge(current, draft)));
    expect(merged.profile).toMatchObject({
      name: 'Ada Byron',
      email: 'ada@old.example',
      phone: '+44 20 7946 0000',
    });
    const [experience, skills, languages] = merged.sections;
    expect(experience?.title).toBe('Experience');
    expect(experience?.entries.map((e) => [e.title, e.organization])).toEqual([
      ['Sr. Nurse', 'St. Mary’s Hospital'],
      ['Nurse', 'City Clinic'],
      ['Ward sister', 'Royal Infirmary'],
    ]);
    expect(experience?.entries[0]).toMatchObject({ startDate: '2018', endDate: 'Present' });
    expect(experience?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      'Ran the night shift.',
      'Trained new staff',
      'Old wording of a bullet.',
      'New wording of a bullet.',
    ]);
    expect(skills?.entries).toEqual([]);
    expect(languages).toMatchObject({ kind: 'languages', entries: [{ title: 'French', detail: 'B2' }] });

    // Stored through the replacement plan, nothing stored goes and every stored id stays.
    const plan = planReplacement(current, merged);
    expect(plan.dropped).toEqual({ sections: [], entries: [], bullets: [] });
    expect(plan.sections[0]?.entries[0]).toEqual({ keep: 10, bullets: [100, 101, 102, null] });
  });

  it('leaves a match as stored when the user says no, and then removes none of its bullets', () => {
    const merged = mergeDraft(current, draft, { profile: [], update: [], removeBullets: [102] });
    const first = merged.sections[0]?.entries[0];
    expect(first).toMatchObject({ startDate: '2019', endDate: '' });
    expect(first?.bullets.map((b) => b.text)).toEqual([
      'Ran the night shift.',
      'Trained new staff',
      'Old wording of a bullet.',
    ]);
    expect(merged.profile).toEqual(current.profile);
  });

  it('removes a stored bullet only when it is named, and says so by its text', () => {
    const merged = mergeDraft(current, draft, { profile: [], update: [10], removeBullets: [102, 110] });
    expect(merged.sections[0]?.entries[0]?.bullets.map((b) => b.text)).not.toContain(
      'Old wording of a bullet.',
    );
    // 110 belongs to an entry the file does not continue: never removable by a merge.
    expect(merged.sections[0]?.entries[1]?.bullets.map((b) => b.text)).toEqual(['Triage.']);
    expect(importChanges(current, merged).removed).toEqual({
      sections: [],
      entries: [],
      bullets: ['Old wording of a bullet.'],
    });
  });

  it('never blanks a profile field the file leaves empty, even when a choice names it', () => {
    const merged = mergeDraft(current, draft, { profile: ['email', 'name'], update: [], removeBullets: [] });
    expect(merged.profile).toMatchObject({ email: 'ada@old.example', name: 'Ada B.' });
  });

  it('keeps an imported "Other" section apart from a stored one with another title', () => {
    const withOther: Resume = {
      ...current,
      sections: [...current.sections, { id: 3, kind: 'custom', title: 'Hobbies', entries: [] }],
    };
    const other: ResumeDraft = {
      profile: emptyProfile(),
      sections: [{ kind: 'custom', title: 'Other', entries: [entry('', '', ['Kept line'])] }],
    };
    const merged = mergeDraft(withOther, other, defaultMergeChoices(planMerge(withOther, other)));
    expect(merged.sections.map((s) => s.title)).toEqual(['Experience', 'Skills', 'Hobbies', 'Other']);
    expect(merged.sections[3]?.entries[0]?.bullets).toEqual([{ text: 'Kept line' }]);
  });
});

describe('importChanges', () => {
  it('names what a replacement removes and what it adds, and what a merge updates', () => {
    const replaced = importChanges(current, draft);
    expect(replaced.removed.sections).toEqual(['Experience', 'Skills']);
    expect(replaced.addedSections).toEqual(['Work history', 'Languages']);
    expect(replaced.addedEntries).toEqual([
      'sr nurse — St Mary’s hospital',
      'Ward sister — Royal Infirmary',
      'French',
    ]);

    const merged = importChanges(
      current,
      mergeDraft(current, draft, defaultMergeChoices(planMerge(current, draft))),
    );
    expect(merged).toEqual({
      profileFields: ['phone'],
      addedSections: ['Languages'],
      addedEntries: ['Ward sister — Royal Infirmary', 'French'],
      updatedEntries: ['Sr. Nurse — St. Mary’s Hospital'],
      addedBullets: 2,
      removed: { sections: [], entries: [], bullets: [] },
    });
  });
});
