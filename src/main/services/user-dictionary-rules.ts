import { AppError } from '../../core/errors/app-error';
import { withoutSkills } from '../../core/keywords/not-skills';
import { createSkillMatcher } from '../../core/keywords/skill-matcher';
import type { SkillDefinition, SkillMatcher } from '../../core/keywords/skill-types';
import type { UserSkill } from '../../shared/domain-types';

/** What a term of the user's dictionary may be; the panel and the CLI both rely on these limits. */
export const USER_TERM_MAX_CHARS = 100;
export const USER_TERM_DEFAULT_CATEGORY = 'custom';

/**
 * The matcher over the bundled dictionary and the user's terms, never reporting the skills the user marked
 * "not a skill". The user's terms come as `extraSkills`: the bundled dictionary wins every collision, so a
 * later bundled version that gains a term the user had added simply takes it over.
 */
export function matcherWithUserSkills(
  bundled: readonly SkillDefinition[],
  user: readonly UserSkill[],
  notSkills: readonly string[] = [],
): SkillMatcher {
  return withoutSkills(
    createSkillMatcher(bundled, {
      extraSkills: user.map((skill) => ({
        name: skill.name,
        aliases: [...skill.aliases],
        category: skill.category,
      })),
    }),
    notSkills,
  );
}

/** Who already owns a spelling: a bundled skill, or a term of the user's own dictionary. */
export interface SpellingOwner {
  skill: string;
  mine: boolean;
}

/** Looks a spelling up in the dictionary a matcher was built from. */
export type SpellingLookup = (spelling: string) => SpellingOwner | undefined;

/**
 * A spelling is taken when the matcher already reads the whole of it as a skill, listed or derived
 * ("NodeJS" for Node.js, "ＡＷＳ" for AWS): adding it again would never match.
 */
export function spellingLookup(matcher: SkillMatcher, user: readonly UserSkill[]): SpellingLookup {
  const userNames = new Set(user.map((skill) => skill.name));
  return (spelling) => {
    const skill = matcher.skillOf(spelling);
    return skill === undefined ? undefined : { skill, mine: userNames.has(skill) };
  };
}

// Control characters, invisible format characters (zero-width space, bidi overrides, BOM...), line and
// paragraph separators and lone surrogates: a term holding one would look like another term on screen.
const INVISIBLE_RE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

const codePointLabel = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Checks one spelling the user typed and returns it trimmed. Throws an `invalid-input` AppError whose
 * message says what to change; `what` is "term" or "alias".
 */
export function checkUserSpelling(raw: string, what: 'term' | 'alias', lookup: SpellingLookup): string {
  const spelling = raw.trim();
  const refuse = (message: string, details: Record<string, unknown> = {}): never => {
    throw new AppError('invalid-input', message, { input: what === 'term' ? 'name' : 'aliases', ...details });
  };
  if (spelling === '') refuse(what === 'term' ? 'Type the term to add first.' : 'An alias is empty.');
  const invisible = INVISIBLE_RE.exec(spelling)?.[0];
  if (invisible !== undefined) {
    refuse(
      `The ${what} contains an invisible or control character (${codePointLabel(invisible)}). Type it again without it.`,
      { codePoint: codePointLabel(invisible) },
    );
  }
  const length = Array.from(spelling).length;
  if (length > USER_TERM_MAX_CHARS) {
    refuse(`The ${what} is ${length} characters long; a ${what} can have at most ${USER_TERM_MAX_CHARS}.`);
  }
  if (!LETTER_OR_DIGIT_RE.test(spelling)) {
    refuse(`"${spelling}" has no letter or digit. Type a word a posting would contain.`);
  }
  const owner = lookup(spelling);
  if (owner !== undefined) {
    const as = owner.skill.toLowerCase() === spelling.toLowerCase() ? '' : ` as ${owner.skill}`;
    refuse(
      owner.mine
        ? `"${spelling}" is already in your dictionary${as}.`
        : `"${spelling}" is already in the bundled dictionary${as}; postings that mention it are matched already.`,
      { skill: owner.skill },
    );
  }
  return spelling;
}
