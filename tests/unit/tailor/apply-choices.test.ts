import { describe, expect, it } from 'vitest';
import type { Resume } from '../../../src/core/resume/resume';
import { applyJobChoices, isPermutationOf } from '../../../src/core/tailor/apply-choices';
import { emptyEntryFields } from '../../../src/core/resume/entry';

const master = (): Resume => ({
  profile: { name: '', headline: '', email: '', phone: '', location: '', website: '', summary: '' },
  sections: [
    {
      id: 1,
      kind: 'experience',
      title: 'Experience',
      entries: [
        {
          id: 2,
          ...emptyEntryFields(),
          title: 'A',
          bullets: [
            { id: 3, text: 'one', variants: [{ id: 9, text: 'one, reworded' }] },
            { id: 4, text: 'two', variants: [] },
            { id: 5, text: 'three', variants: [] },
          ],
        },
        { id: 6, ...emptyEntryFields(), title: 'B', bullets: [] },
      ],
    },
  ],
});

describe('applyJobChoices', () => {
  it('words and orders the résumé for one job without changing the master', () => {
    const m = master();
    const before = JSON.stringify(m);
    const r = applyJobChoices(m, {
      texts: { 3: { variantId: 9 }, 4: { text: 'two, for this job' } },
      order: { entries: { 1: [6, 2] }, bullets: { 2: [5, 3] } },
    });
    expect(JSON.stringify(m)).toBe(before);
    expect(r.sections[0]!.entries.map((e) => e.id)).toEqual([6, 2]);
    // Ordered bullets first, then one the order does not name (added to the master later).
    expect(r.sections[0]!.entries[1]!.bullets.map((b) => b.text)).toEqual([
      'three',
      'one, reworded',
      'two, for this job',
    ]);
  });

  it('falls back to the master text when the chosen variant is gone', () => {
    const r = applyJobChoices(master(), {
      texts: { 3: { variantId: 99 } },
      order: { entries: {}, bullets: {} },
    });
    expect(r.sections[0]!.entries[0]!.bullets[0]!.text).toBe('one');
  });

  it('accepts only an exact reordering', () => {
    const items = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(isPermutationOf([3, 1, 2], items)).toBe(true);
    expect(isPermutationOf([3, 1], items)).toBe(false);
    expect(isPermutationOf([3, 1, 1], items)).toBe(false);
    expect(isPermutationOf([3, 1, 4], items)).toBe(false);
  });
});
