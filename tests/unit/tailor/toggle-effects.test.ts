import { describe, expect, it } from 'vitest';
import type { SkillMatch, SkillMatcher } from '../../../src/core/keywords/skill-types';
import type { PostingAnalysis } from '../../../src/core/posting/posting-types';
import type { Resume } from '../../../src/core/resume/resume';
import { withToggle, type Exclusions } from '../../../src/core/tailor/exclusions';
import { scoreMatch } from '../../../src/core/tailor/score-match';
import { skillSources, wantedSkills } from '../../../src/core/tailor/skill-sources';
import { toggleEffects } from '../../../src/core/tailor/toggle-effects';
import { emptyEntryFields } from '../../../src/core/resume/entry';

const SKILLS = ['Terraform', 'Kafka', 'Go', 'Rust', 'SQL'];
const matcher: SkillMatcher = {
  find(text) {
    const found: SkillMatch[] = [];
    for (const skill of SKILLS) {
      const at = text.indexOf(skill);
      if (at >= 0) found.push({ skill, category: 'test', start: at, end: at + skill.length });
    }
    return found.sort((a, b) => a.start - b.start);
  },
  skillOf: (spelling) => SKILLS.find((s) => s === spelling),
  aliasCount: SKILLS.length,
};

const hits = (skills: string[]) => skills.map((skill) => ({ skill, category: 'test', matches: [skill] }));
// Go is asked at both levels: it counts at each.
const analysis = {
  required: hits(['Terraform', 'Kafka', 'Go']),
  preferred: hits(['Go', 'Rust', 'SQL']),
} as unknown as PostingAnalysis;

const resume: Resume = {
  profile: {
    name: 'A',
    headline: 'SQL person',
    email: '',
    phone: '',
    location: '',
    website: '',
    summary: '',
  },
  sections: [
    {
      id: 1,
      kind: 'experience',
      title: 'Experience',
      entries: [
        {
          id: 2,
          ...emptyEntryFields(),
          title: 'SRE',
          bullets: [
            { id: 10, text: 'Terraform and Go', variants: [] },
            { id: 11, text: 'Kafka', variants: [] },
            { id: 12, text: 'Terraform again', variants: [] },
            { id: 13, text: 'Rust', variants: [] },
            { id: 14, text: 'SQL too', variants: [] },
          ],
        },
      ],
    },
  ],
};

describe('toggle effects', () => {
  it('predict exactly the score the click then gets, whatever is on or off', () => {
    const cases: Exclusions[] = [
      { sections: [], entries: [], bullets: [] },
      { sections: [], entries: [], bullets: [11, 13] },
      { sections: [], entries: [], bullets: [10, 12, 14] },
    ];
    for (const excluded of cases) {
      const effects = toggleEffects(skillSources(resume, excluded, matcher), wantedSkills(analysis));
      for (const id of [10, 11, 12, 13, 14]) {
        const after = withToggle(excluded, 'bullet', id, excluded.bullets.includes(id));
        expect(effects[id]?.percentAfter, `bullet ${id} with ${excluded.bullets.join(',')} off`).toBe(
          scoreMatch(analysis, resume, after, matcher).score.percent,
        );
      }
    }
  });
});
