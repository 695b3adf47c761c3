import { AppError } from '../../core/errors/app-error';
import { withoutSkills } from '../../core/keywords/not-skills';
import { spellingKey } from '../../core/keywords/skill-dictionary';
import type { SkillDefinition, SkillMatcher } from '../../core/keywords/skill-types';
import type { Handlers } from '../../shared/contract';
import type { UserSkill } from '../../shared/domain-types';
import type { Repositories } from '../db/repositories';
import {
  USER_TERM_DEFAULT_CATEGORY,
  checkUserSpelling,
  matcherWithUserSkills,
  spellingLookup,
  type SpellingLookup,
} from './user-dictionary-rules';

export interface UserDictionaryService {
  handlers: Pick<
    Handlers,
    | 'listUserSkills'
    | 'addUserSkill'
    | 'removeUserSkill'
    | 'listNotSkills'
    | 'markNotSkill'
    | 'unmarkNotSkill'
  >;
  /**
   * The matcher over the bundled dictionary and the user's terms, minus what the user marked "not a
   * skill"; rebuilt whenever either changes.
   */
  matcher(): SkillMatcher;
}

/**
 * The user's own dictionary - the skills they added (a UserSkill each, table user_skills) and the skills
 * they marked "not a skill" - and the one matcher every analysis and score uses. A change rebuilds the
 * matcher before the handler returns (a few milliseconds for the whole dictionary), so the next getJob or
 * getTailoring already sees the new term.
 */
export function createUserDictionaryService(
  repos: Repositories,
  bundled: readonly SkillDefinition[],
): UserDictionaryService {
  let user: UserSkill[] = [];
  let notSkills: string[] = repos.notSkills.list();
  // Every known skill, marked or not: what a term must not collide with, and what can be marked.
  let whole: SkillMatcher = matcherWithUserSkills(bundled, user);
  let matcher: SkillMatcher = whole;
  let lookup: SpellingLookup = spellingLookup(whole, user);

  const rebuild = (): UserSkill[] => {
    user = repos.userSkills.list();
    whole = matcherWithUserSkills(bundled, user);
    lookup = spellingLookup(whole, user);
    matcher = withoutSkills(whole, notSkills);
    return user;
  };
  // Marking only re-wraps the matcher: the dictionary itself is unchanged.
  const remark = (): string[] => {
    notSkills = repos.notSkills.list();
    matcher = withoutSkills(whole, notSkills);
    return notSkills;
  };
  rebuild();

  return {
    matcher: () => matcher,
    handlers: {
      listUserSkills: () => user,
      addUserSkill({ name, aliases = [], category = USER_TERM_DEFAULT_CATEGORY }) {
        const checkedName = checkUserSpelling(name, 'term', lookup);
        // An alias that repeats the name or another alias is dropped rather than refused: it adds nothing.
        const seen = new Set([spellingKey(checkedName)]);
        const checkedAliases: string[] = [];
        for (const alias of aliases) {
          const checked = checkUserSpelling(alias, 'alias', lookup);
          const key = spellingKey(checked);
          if (seen.has(key)) continue;
          seen.add(key);
          checkedAliases.push(checked);
        }
        repos.userSkills.add({ name: checkedName, aliases: checkedAliases, category });
        return rebuild();
      },
      removeUserSkill({ id }) {
        repos.userSkills.remove(id);
        return rebuild();
      },
      listNotSkills: () => notSkills,
      markNotSkill({ name }) {
        // Only a skill the app reports can be marked, under its own name, so the mark always takes.
        const skill = whole.skillOf(name.trim());
        if (skill === undefined) {
          throw new AppError('invalid-input', `"${name.trim()}" is not a skill the app reads in postings.`, {
            name,
          });
        }
        repos.notSkills.add(skill);
        return remark();
      },
      unmarkNotSkill({ name }) {
        repos.notSkills.remove(name.trim());
        return remark();
      },
    },
  };
}
