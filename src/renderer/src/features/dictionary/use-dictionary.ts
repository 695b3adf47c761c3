import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { UserSkill } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { invalidateDictionaryReaders } from '../../lib/invalidate';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';

export interface Dictionary {
  /** The user's own terms; null until the first list arrives. */
  skills: UserSkill[] | null;
  /** Skills the user marked "not a skill"; null until the first list arrives. */
  notSkills: string[] | null;
  add: (input: InputOf<'addUserSkill'>) => Promise<void>;
  remove: (id: number) => Promise<void>;
  markNotSkill: (name: string) => Promise<void>;
  unmarkNotSkill: (name: string) => Promise<void>;
}

/**
 * The user's own dictionary (their terms, and what they marked "not a skill"), shared through the query
 * cache by the Jobs tab and Tailor, so a change made in one shows in the other at once. Main holds the
 * truth: every reply replaces the list, and what was read with the old dictionary (each posting's
 * analysis, each score) is read again. A change rejects when main refuses it, for the caller to show.
 */
export function useDictionary(): Dictionary {
  const queryClient = useQueryClient();
  const skills = useReportedQuery({ queryKey: keys.userSkills, queryFn: () => api.listUserSkills() });
  const notSkills = useReportedQuery({ queryKey: keys.notSkills, queryFn: () => api.listNotSkills() });

  const changes = useMemo(() => {
    const change =
      <I, T>(key: readonly string[], call: (input: I) => Promise<T>) =>
      async (input: I) => {
        queryClient.setQueryData(key, await call(input));
        invalidateDictionaryReaders(queryClient);
      };
    return {
      add: change(keys.userSkills, (input: InputOf<'addUserSkill'>) => api.addUserSkill(input)),
      remove: change(keys.userSkills, (id: number) => api.removeUserSkill({ id })),
      markNotSkill: change(keys.notSkills, (name: string) => api.markNotSkill({ name })),
      unmarkNotSkill: change(keys.notSkills, (name: string) => api.unmarkNotSkill({ name })),
    };
  }, [queryClient]);

  return { skills: skills.data ?? null, notSkills: notSkills.data ?? null, ...changes };
}
