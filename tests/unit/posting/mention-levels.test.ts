import { describe, expect, it } from 'vitest';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import type { SkillMatch } from '../../../src/core/keywords/skill-types';
import {
  isAskedSection,
  levelMentions,
  levelSkills,
  type AskedLevel,
  type LeveledMention,
} from '../../../src/core/posting/mention-levels';
import { splitLines } from '../../../src/core/posting/posting-lines';
import { splitSections } from '../../../src/core/posting/posting-sections';

// A small dictionary of its own: these rules do not depend on the shipped one.
const matcher = createSkillMatcher([
  { name: 'Python', aliases: [], category: 'language' },
  { name: 'Go', aliases: ['Golang'], category: 'language' },
  { name: 'Kubernetes', aliases: ['K8s'], category: 'cloud' },
  { name: 'Terraform', aliases: [], category: 'cloud' },
  { name: 'Nursing', aliases: [], category: 'clinical' },
  { name: 'Communication', aliases: [], category: 'soft' },
]);

/** Each mention of `text` as "Skill=level", in text order. */
function mentionLevels(text: string, company = ''): string[] {
  const lines = splitLines(text);
  const sections = splitSections(lines, lines.length);
  return levelMentions(text, lines, sections, matcher.find(text), company).map(
    ({ match, level }) => `${match.skill}=${level}`,
  );
}

describe('a mention’s level, from its place in the posting', () => {
  it('is required under a requirements heading and nice-to-have under a nice-to-have one', () => {
    const text = 'Requirements:\n- Python\n- Kubernetes\nNice to have:\n- Terraform';
    expect(mentionLevels(text)).toEqual(['Python=required', 'Kubernetes=required', 'Terraform=preferred']);
  });

  it('is nice-to-have only in the clause a cue marks, wherever the cue stands', () => {
    expect(mentionLevels('Requirements:\nPython required; Go is a plus.')).toEqual([
      'Python=required',
      'Go=preferred',
    ]);
    expect(mentionLevels('Requirements:\nBonus: Terraform and Go')).toEqual([
      'Terraform=preferred',
      'Go=preferred',
    ]);
  });

  it('drops what the company story, the perks and the application steps name', () => {
    const text = [
      'About us:',
      'We run Kubernetes for banks.',
      'Requirements:',
      '- Python',
      'Benefits:',
      '- Terraform training budget',
      'How to apply:',
      '- Send a Go snippet',
    ].join('\n');
    expect(mentionLevels(text)).toEqual(['Python=required']);
    expect(['about', 'benefits', 'apply'].filter((kind) => isAskedSection(kind as 'about'))).toEqual([]);
    expect(isAskedSection('requirements') && isAskedSection('header') && isAskedSection('other')).toBe(true);
  });

  it('drops a paragraph about the company, named or not, but keeps one about the hire', () => {
    const blurb = 'Acme builds logistics software in Python and Go for ports across the whole of Europe.';
    expect(mentionLevels(`Requirements:\n${blurb}`, 'Acme')).toEqual([]);
    const hire =
      'We are looking for an engineer who writes Python and Go for ports across the whole of Europe.';
    expect(mentionLevels(`Requirements:\n${hire}`, 'Acme')).toEqual(['Python=required', 'Go=required']);
  });
});

// Mentions built by hand: the rules below read only the skill, its category, its place and its level.
let at = 0;
function mention(skill: string, level: AskedLevel, category = 'language'): LeveledMention {
  const match: SkillMatch = { skill, category, start: at, end: at + skill.length };
  at += skill.length + 1;
  return { match, level };
}

describe('a skill’s level, from its mentions', () => {
  it('is required when any mention requires it, whichever comes first', () => {
    const levels = levelSkills([mention('Go', 'preferred'), mention('Go', 'required')]);
    expect(levels.get('Go')).toBe('required');
    expect(levelSkills([mention('Go', 'required'), mention('Go', 'preferred')]).get('Go')).toBe('required');
  });

  it('is nice-to-have when every mention is', () => {
    expect(levelSkills([mention('Go', 'preferred'), mention('Go', 'preferred')]).get('Go')).toBe('preferred');
  });

  it('is soft for a soft skill, even where a mention requires it', () => {
    const levels = levelSkills([mention('Communication', 'required', 'soft')]);
    expect(levels.get('Communication')).toBe('soft');
  });

  it('lets the body, not the title, say how much a skill the title names matters', () => {
    const title = mention('Nursing', 'required', 'clinical');
    const range = { start: title.match.start, end: title.match.end };
    const inBody = mention('Nursing', 'preferred', 'clinical');
    expect(levelSkills([title, inBody], range).get('Nursing')).toBe('preferred');
    expect(levelSkills([title, mention('Nursing', 'required', 'clinical')], range).get('Nursing')).toBe(
      'required',
    );
    // Named in the title only: the title's own level stands.
    expect(levelSkills([title], range).get('Nursing')).toBe('required');
  });

  it('gives every skill of the mentions a level, and no other', () => {
    const levels = levelSkills([mention('Go', 'required'), mention('Python', 'preferred')]);
    expect([...levels]).toEqual([
      ['Go', 'required'],
      ['Python', 'preferred'],
    ]);
  });
});
