import type { Resume } from '../resume/resume';

/**
 * What the user turned off for one job. Stored as exclusions, not selections, so a bullet added to the
 * master résumé later is included everywhere by default.
 */
export interface Exclusions {
  sections: number[];
  entries: number[];
  bullets: number[];
}

export const noExclusions = (): Exclusions => ({ sections: [], entries: [], bullets: [] });

export interface ExclusionSets {
  sections: ReadonlySet<number>;
  entries: ReadonlySet<number>;
  bullets: ReadonlySet<number>;
}

export const toExclusionSets = (excluded: Exclusions): ExclusionSets => ({
  sections: new Set(excluded.sections),
  entries: new Set(excluded.entries),
  bullets: new Set(excluded.bullets),
});

/** The résumé as it will be sent: excluded sections, entries and bullets removed, order kept. */
export function tailorResume(resume: Resume, excluded: Exclusions): Resume {
  const sets = toExclusionSets(excluded);
  return {
    profile: resume.profile,
    sections: resume.sections
      .filter((section) => !sets.sections.has(section.id))
      .map((section) => ({
        ...section,
        entries: section.entries
          .filter((entry) => !sets.entries.has(entry.id))
          .map((entry) => ({ ...entry, bullets: entry.bullets.filter((b) => !sets.bullets.has(b.id)) })),
      })),
  };
}
