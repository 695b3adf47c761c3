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
} from './user-dictionary';

export interface UserSkillsService {
  handlers: Pick<Handlers, 'listUserSkills' | 'addUserSkill' | 'removeUserSkill'>;
  /** The matcher over the bundled dictionary and the user's terms, rebuilt whenever they change. */
  matcher(): SkillMatcher;
}

/**
 * The user's own dictionary and the one matcher every analysis and score uses. A change rebuilds the
 * matcher before the handler returns (a few milliseconds for the whole dictionary), so the next getJob or
 * getTailoring already sees the new term.
 */
export function createUserSkillsService(
  repos: Repositories,
  bundled: readonly SkillDefinition[],
): UserSkillsService {
  let user: UserSkill[] = [];
  let matcher: SkillMatcher = matcherWithUserSkills(bundled, user);
  let lookup: SpellingLookup = spellingLookup(matcher, user);

  const rebuild = (): UserSkill[] => {
    user = repos.userSkills.list();
    matcher = matcherWithUserSkills(bundled, user);
    lookup = spellingLookup(matcher, user);
    return user;
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
    },
  };
}
