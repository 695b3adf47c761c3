import { useEffect, useSyncExternalStore } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { UserSkill } from '../../../../shared/domain-types';
import { api } from '../../lib/api';

export interface UserSkillsState {
  /** null until the first list arrives. */
  skills: UserSkill[] | null;
  /** Skills the user marked "not a skill"; null until the first list arrives. */
  notSkills: string[] | null;
  /**
   * Bumped by every change the user makes: what is read with the old dictionary (a job's analysis, its
   * score) must be read again.
   */
  version: number;
}

let state: UserSkillsState = { skills: null, notSkills: null, version: 0 };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

function set(next: UserSkillsState): void {
  state = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/**
 * The user's own dictionary (their terms, and what they marked "not a skill"), shared by the Jobs tab panel and Tailor, so a term added in one place shows
 * in the other at once. Main holds the truth; every reply replaces the list.
 */
export const userSkillsStore = {
  load(): Promise<void> {
    loading ??= Promise.all([api.listUserSkills(), api.listNotSkills()]).then(
      ([skills, notSkills]) => set({ ...state, skills, notSkills }),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  },
  async add(input: InputOf<'addUserSkill'>): Promise<void> {
    const skills = await api.addUserSkill(input);
    set({ ...state, skills, version: state.version + 1 });
  },
  async remove(id: number): Promise<void> {
    const skills = await api.removeUserSkill({ id });
    set({ ...state, skills, version: state.version + 1 });
  },
  async markNotSkill(name: string): Promise<void> {
    const notSkills = await api.markNotSkill({ name });
    set({ ...state, notSkills, version: state.version + 1 });
  },
  async unmarkNotSkill(name: string): Promise<void> {
    const notSkills = await api.unmarkNotSkill({ name });
    set({ ...state, notSkills, version: state.version + 1 });
  },
};

/** The dictionary's current state, loaded on first use; a failed load goes to `onError`. */
export function useUserSkills(onError: (error: unknown) => void): UserSkillsState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    userSkillsStore.load().catch(onError);
  }, [onError]);
  return current;
}
