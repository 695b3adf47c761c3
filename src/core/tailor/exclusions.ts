import { allBullets, type Resume } from '../resume/resume';

export type ItemKind = 'section' | 'entry' | 'bullet';

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

/** What `all` leaves out beyond `own`: the part of a fit's result that the fit itself chose. */
export function exclusionsBeyond(all: Exclusions, own: Exclusions): Exclusions {
  const sets = toExclusionSets(own);
  return {
    sections: all.sections.filter((id) => !sets.sections.has(id)),
    entries: all.entries.filter((id) => !sets.entries.has(id)),
    bullets: all.bullets.filter((id) => !sets.bullets.has(id)),
  };
}

const KEY: Record<ItemKind, keyof Exclusions> = { section: 'sections', entry: 'entries', bullet: 'bullets' };

/** The exclusions after one toggle (the app shows the checkbox change before main's reply arrives). */
export function withToggle(excluded: Exclusions, kind: ItemKind, id: number, included: boolean): Exclusions {
  const key = KEY[kind];
  const others = excluded[key].filter((x) => x !== id);
  return { ...excluded, [key]: included ? others : [...others, id] };
}

/** Where a bullet lives, and its text. */
export interface BulletLocation {
  sectionId: number;
  entryId: number;
  text: string;
}

export function bulletLocations(resume: Resume): Map<number, BulletLocation> {
  const places = new Map<number, BulletLocation>();
  for (const { section, entry, bullet } of allBullets(resume)) {
    places.set(bullet.id, { sectionId: section.id, entryId: entry.id, text: bullet.text });
  }
  return places;
}

/**
 * What to switch on so a bullet really appears: an included bullet inside an excluded entry or
 * section is still left out of the PDF, so its parents come back too (outermost first).
 */
export function stepsToInclude(
  place: BulletLocation,
  bulletId: number,
  sets: ExclusionSets,
): { kind: ItemKind; id: number }[] {
  const steps: { kind: ItemKind; id: number }[] = [];
  if (sets.sections.has(place.sectionId)) steps.push({ kind: 'section', id: place.sectionId });
  if (sets.entries.has(place.entryId)) steps.push({ kind: 'entry', id: place.entryId });
  if (sets.bullets.has(bulletId)) steps.push({ kind: 'bullet', id: bulletId });
  return steps;
}
