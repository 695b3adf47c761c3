import type { SkillMatcher } from './skill-types';

/**
 * A matcher that never reports the skills the user marked "not a skill" (a hotel's "Spa", a recruiter's
 * "Recruiting"). Applied on top of the whole dictionary rather than by removing spellings from it, so the
 * precompiled trie stays valid and undoing a mark is as cheap as making it. Names compare by the skill's
 * canonical name, case-insensitively, as the user's dictionary does.
 */
export function withoutSkills(matcher: SkillMatcher, notSkills: readonly string[]): SkillMatcher {
  if (notSkills.length === 0) return matcher;
  const refused = new Set(notSkills.map((name) => name.toLowerCase()));
  const allowed = (skill: string | undefined) => skill !== undefined && !refused.has(skill.toLowerCase());
  return {
    find: (text) => matcher.find(text).filter((match) => allowed(match.skill)),
    skillOf: (spelling) => {
      const skill = matcher.skillOf(spelling);
      return allowed(skill) ? skill : undefined;
    },
    aliasCount: matcher.aliasCount,
  };
}
