import { describe, expect, it } from 'vitest';
import type { Resume } from '../../../src/core/resume/resume';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';
import { planReplacement } from '../../../src/core/resume/resume-replacement';
import { emptyProfile } from '../../../src/core/resume/profile';
import { emptyEntryFields } from '../../../src/core/resume/entry';

const { title: _t, organization: _o, ...blank } = emptyEntryFields();
const fields = { ...blank, startDate: '2020' };
const current: Resume = {
  profile: emptyProfile(),
  sections: [
    {
      id: 1,
      kind: 'experience',
      title: 'Experience',
      entries: [
        {
          id: 10,
          title: 'SRE',
          organization: 'Acme',
          ...fields,
          bullets: [
            { id: 100, text: 'Same', variants: [] },
            { id: 101, text: 'Twice', variants: [] },
            { id: 102, text: 'Twice', variants: [] },
            { id: 103, text: 'Old wording', variants: [] },
          ],
        },
        {
          id: 11,
          title: 'Dev',
          organization: 'Beta',
          ...fields,
          bullets: [{ id: 110, text: 'x', variants: [] }],
        },
      ],
    },
    { id: 2, kind: 'skills', title: 'Skills', entries: [] },
  ],
};

describe('planReplacement', () => {
  it('keeps unchanged items by content, pairs duplicates in order, and drops the rest with their insides', () => {
    const draft: ResumeDraft = {
      profile: emptyProfile(),
      sections: [
        { kind: 'skills', title: 'Skills', entries: [] },
        {
          kind: 'experience',
          title: 'Experience',
          entries: [
            {
              title: 'SRE',
              organization: 'Acme',
              ...fields,
              endDate: '2024',
              bullets: [{ text: 'New wording' }, { text: 'Twice' }, { text: 'Same' }],
            },
          ],
        },
      ],
    };
    expect(planReplacement(current, draft)).toEqual({
      sections: [
        { keep: 2, entries: [] },
        { keep: 1, entries: [{ keep: 10, bullets: [null, 101, 100] }] },
      ],
      dropped: { sections: [], entries: [11], bullets: [102, 103, 110] },
    });
  });

  it('treats a section of another kind, or an entry at another organization, as new', () => {
    const draft: ResumeDraft = {
      profile: emptyProfile(),
      sections: [
        {
          kind: 'projects',
          title: 'Experience',
          entries: [{ title: 'SRE', organization: 'Acme', ...fields, bullets: [{ text: 'Same' }] }],
        },
        {
          kind: 'skills',
          title: 'Skills',
          entries: [{ title: 'Dev', organization: 'Gamma', ...fields, bullets: [] }],
        },
      ],
    };
    const plan = planReplacement(current, draft);
    expect(plan.sections.map((s) => s.keep)).toEqual([null, 2]);
    expect(plan.sections[0]!.entries).toEqual([{ keep: null, bullets: [null] }]);
    expect(plan.sections[1]!.entries).toEqual([{ keep: null, bullets: [] }]);
    expect(plan.dropped).toEqual({ sections: [1], entries: [10, 11], bullets: [100, 101, 102, 103, 110] });
  });
});
