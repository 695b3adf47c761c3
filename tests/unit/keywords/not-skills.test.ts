import { describe, expect, it } from 'vitest';
import { withoutSkills } from '../../../src/core/keywords/not-skills';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';

const base = createSkillMatcher([
  { name: 'Recruiting', aliases: ['recruitment'], category: 'hr' },
  { name: 'Payroll', aliases: [], category: 'finance' },
]);

describe('withoutSkills', () => {
  it('stops reporting a marked skill under any of its spellings, whatever the case of the mark', () => {
    const matcher = withoutSkills(base, ['recruiting']);
    const text = 'Recruitment team seeks payroll help; Recruiting agency.';
    expect(base.find(text).map((m) => m.skill)).toContain('Recruiting');
    expect(matcher.find(text).map((m) => m.skill)).toEqual(['Payroll']);
    expect(matcher.skillOf('recruitment')).toBeUndefined();
    expect(matcher.skillOf('payroll')).toBe('Payroll');
  });

  it('is the matcher itself when nothing is marked', () => {
    expect(withoutSkills(base, [])).toBe(base);
  });
});
