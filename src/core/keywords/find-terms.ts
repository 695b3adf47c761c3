import { createSkillMatcher, type SkillMatcherOptions } from './skill-matcher';

/** Where one of a list of terms occurs in a text (UTF-16 offsets into the text as given). */
export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

/**
 * Finds free-form terms (a user's own keywords, the skills of one posting) in a text with the same
 * normalization, tokenization and longest-match rules as the skills dictionary. Every term is plain:
 * no context is required. Build a matcher with `createSkillMatcher` instead when the same terms are
 * searched in many texts.
 */
export function findTermsInText(
  text: string,
  terms: readonly string[],
  options?: SkillMatcherOptions,
): TermMatch[] {
  const defs = [...new Set(terms)]
    .filter((term) => term.trim() !== '')
    .map((term) => ({ name: term, aliases: [], category: 'term' }));
  return createSkillMatcher(defs, options)
    .find(text)
    .map((match) => ({ term: match.skill, start: match.start, end: match.end }));
}
