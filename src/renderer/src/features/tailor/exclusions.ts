import type { Resume } from '../../../../core/resume/resume';
import { allBullets } from '../../../../core/resume/resume';
import type { Exclusions, ItemKind } from '../../../../shared/domain-types';

const KEY: Record<ItemKind, keyof Exclusions> = { section: 'sections', entry: 'entries', bullet: 'bullets' };

/** The exclusions after one toggle, for showing the checkbox change before main's reply arrives. */
export function withToggle(excluded: Exclusions, kind: ItemKind, id: number, included: boolean): Exclusions {
  const key = KEY[kind];
  const others = excluded[key].filter((x) => x !== id);
  return { ...excluded, [key]: included ? others : [...others, id] };
}

export interface ExcludedSets {
  sections: ReadonlySet<number>;
  entries: ReadonlySet<number>;
  bullets: ReadonlySet<number>;
}

export const toSets = (excluded: Exclusions): ExcludedSets => ({
  sections: new Set(excluded.sections),
  entries: new Set(excluded.entries),
  bullets: new Set(excluded.bullets),
});

export interface BulletPlace {
  sectionId: number;
  entryId: number;
  text: string;
}

export function bulletPlaces(resume: Resume): Map<number, BulletPlace> {
  const places = new Map<number, BulletPlace>();
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
  place: BulletPlace,
  bulletId: number,
  sets: ExcludedSets,
): { kind: ItemKind; id: number }[] {
  const steps: { kind: ItemKind; id: number }[] = [];
  if (sets.sections.has(place.sectionId)) steps.push({ kind: 'section', id: place.sectionId });
  if (sets.entries.has(place.entryId)) steps.push({ kind: 'entry', id: place.entryId });
  if (sets.bullets.has(bulletId)) steps.push({ kind: 'bullet', id: bulletId });
  return steps;
}
