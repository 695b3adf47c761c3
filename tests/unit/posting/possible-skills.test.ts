import { describe, expect, it } from 'vitest';
import { findPossibleSkills } from '../../../src/core/posting/possible-skills';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';

const matcher = createSkillMatcher([{ name: 'Microsoft Excel', aliases: ['Excel'], category: 'office' }]);

function possible(text: string): string[] {
  return findPossibleSkills({
    text,
    ranges: [{ start: 0, end: text.length }],
    matches: matcher.find(text),
    isSkill: (term) => matcher.skillOf(term) !== undefined,
  }).map((term) => term.term);
}

describe('findPossibleSkills', () => {
  it('offers what the posting asks for after a cue, each coordinated phrase apart', () => {
    expect(possible('- Experience with pressure ulcer prevention and catheter care')).toEqual([
      'pressure ulcer prevention',
      'catheter care',
    ]);
    expect(possible('- Knowledge of the Mental Capacity Act')).toEqual(['Mental Capacity Act']);
  });

  it('reads the cues of French, German and Spanish postings', () => {
    expect(possible('Maîtrise du logiciel Cegid')).toEqual(['logiciel Cegid']);
    expect(possible('Kenntnisse in der Wundversorgung')).toEqual(['Wundversorgung']);
    expect(possible('Experiencia en conciliaciones bancarias')).toEqual(['conciliaciones bancarias']);
  });

  it('offers no known skill, no context phrase and no run-on clause', () => {
    expect(
      possible('Proficient in Excel. Experience in a similar role. Knowledge of the local area.'),
    ).toEqual([]);
    expect(possible('Experience with people from all walks of life who need support every day')).toEqual([]);
  });
});
