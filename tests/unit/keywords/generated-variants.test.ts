// The matcher derives spellings nobody wrote down (plurals, run-together and hyphenated forms) and keeps
// the first claim on a clash, so a derived form equal to another skill's own spelling would silently take
// that skill's mentions: "UIKits" read as Component Libraries ("UI kits") instead of UIKit.
import { describe, expect, it } from 'vitest';
import { aliasVariants } from '../../../src/core/keywords/alias-variants';
import { DEFAULT_VARIANTS } from '../../../src/core/keywords/compiled-skills';
import { normalizeForMatching } from '../../../src/core/keywords/matching-text';
import { tokenizeTechText } from '../../../src/core/keywords/tokenize';
import { appMatcher, appSkills } from './app-dictionary';

function sequences(spelling: string, ambiguous: boolean): string[] {
  const tokens = tokenizeTechText(normalizeForMatching(spelling).text);
  if (tokens.count === 0) return [];
  // The matcher derives no plural for an ambiguous spelling.
  const policy = { ...DEFAULT_VARIANTS, plurals: DEFAULT_VARIANTS.plurals && !ambiguous };
  return aliasVariants(tokens, policy).map((sequence) => sequence.join(' '));
}

describe('derived spellings of the shipped dictionary', () => {
  it('never give one skill a spelling derived from another skill', () => {
    const written = new Map<string, string>();
    const derivedBy = new Map<string, Set<string>>();
    for (const skill of appSkills) {
      const ambiguous = new Set(skill.ambiguous ?? []);
      for (const spelling of [skill.name, ...skill.aliases]) {
        const [own, ...derived] = sequences(spelling, ambiguous.has(spelling));
        if (own !== undefined && !written.has(own)) written.set(own, skill.name);
        for (const form of derived) derivedBy.set(form, (derivedBy.get(form) ?? new Set()).add(skill.name));
      }
    }
    const clashes: string[] = [];
    for (const [form, skills] of derivedBy) {
      const writer = written.get(form);
      const claimants = new Set([...skills, ...(writer === undefined ? [] : [writer])]);
      if (claimants.size < 2) continue;
      // A spelling written in the dictionary beats a derived one; two derived ones would go to whichever
      // skill comes first, so the right owner must write it down.
      if (writer === undefined) clashes.push(`"${form}" is derived by ${[...skills].join(' and ')}`);
      else if (appMatcher.skillOf(form) !== writer)
        clashes.push(`"${form}" is written by ${writer} but read as ${appMatcher.skillOf(form)}`);
    }
    expect(clashes).toEqual([]);
  });

  it('reads "UIKits" as UIKit and "UI kits" as Component Libraries', () => {
    expect(appMatcher.find('UIKits').map((m) => m.skill)).toEqual(['UIKit']);
    expect(appMatcher.find('UI kits').map((m) => m.skill)).toEqual(['Component Libraries']);
  });
});

describe('spellings from the dictionary review (issue 3)', () => {
  const skills = (text: string): string[] => appMatcher.find(text).map((m) => m.skill);

  it('reads Triage as the nursing skill only with context', () => {
    expect(skills('Triage of incoming tickets within 24 hours')).toEqual([]);
    expect(skills('Skills: Triage, IV therapy, wound care')).toContain('Triage');
    expect(skills('patient triage in the emergency department')).toContain('Triage');
  });

  it('reads "containers" as Containerization only beside other tech', () => {
    expect(skills('loading containers in the warehouse')).toEqual([]);
    expect(skills('Docker, containers, Kubernetes')).toContain('Containerization');
  });

  it('does not read "bi-weekly" as Business Intelligence, but reads BI in tech context', () => {
    expect(skills('bi-weekly meetings with the team')).toEqual([]);
    expect(skills('Tableau, BI, SQL')).toContain('Business Intelligence');
  });

  it('reads an acronym before a hyphen only in capitals: "AI-driven" but not "ai-driven"', () => {
    expect(skills('AI-driven products')).toEqual(['Artificial Intelligence']);
    expect(skills('CPA-eligible candidates')).toEqual(['CPA']);
    expect(skills('ICD-10-CM and CPT coding')).toContain('ICD-10');
    expect(skills('ai-driven products, cpa-eligible candidates')).toEqual([]);
    expect(skills('Bi-weekly pay')).toEqual([]);
  });

  it('reads a language named like a nationality when someone speaks it', () => {
    expect(skills('Chinese speaker')).toEqual(['Mandarin']);
    expect(skills('Spoken Chinese required')).toEqual(['Mandarin']);
    expect(skills('Mandarin speaking')).toEqual(['Mandarin']);
    expect(skills('native German speaker')).toEqual(['German']);
    expect(skills('Korean-speaking customers; Polish native speaker')).toEqual(['Korean', 'Polish']);
    expect(skills('a Chinese company serving Korean restaurants')).toEqual([]);
    // The spoken-language cues confirm no other ambiguous skill.
    expect(skills('native Go support')).toEqual([]);
  });

  it('finds Email Marketing, Database Administration, Chinese and Cantonese', () => {
    expect(skills('e-mail marketing and E-Mail-Marketing')).toEqual(['Email Marketing', 'Email Marketing']);
    expect(skills('DBA with database administration')).toEqual([
      'Database Administration',
      'Database Administration',
    ]);
    expect(skills('Fluent Chinese and Cantonese')).toEqual(['Mandarin', 'Cantonese']);
    expect(skills('a Chinese company')).toEqual([]);
  });
});
