import type { Resume } from './resume';
import type { ResumeDraft } from './resume-draft';

/** A stored item the draft continues (its id), or null where the draft brings a new one. */
export type Kept = number | null;

export interface PlannedEntry {
  keep: Kept;
  /** One per draft bullet, in order. */
  bullets: Kept[];
}

export interface PlannedSection {
  keep: Kept;
  entries: PlannedEntry[];
}

export interface ReplacementPlan {
  /** One per draft section, in the draft's order, with its entries and their bullets likewise. */
  sections: PlannedSection[];
  /** Stored items the draft does not continue, each with everything inside it. */
  dropped: { sections: number[]; entries: number[]; bullets: number[] };
}

/**
 * How an imported résumé replaces the stored one while keeping what did not change. Per-job choices
 * (bullets turned off, wording, order, pins) and export comparisons name items by id, so an item the
 * import brings back unchanged keeps its id and everything attached to it.
 *
 * An item continues a stored one when, under a parent that also continues, it has the same section
 * kind and title, the same entry title and organization, or the same bullet text (exact, after nothing:
 * a changed word is a new bullet). Each stored item is taken at most once, first come first served, so
 * duplicates pair up in order. Entry dates and location may change and still keep the entry.
 */
export function planReplacement(current: Resume, draft: ResumeDraft): ReplacementPlan {
  const dropped: ReplacementPlan['dropped'] = { sections: [], entries: [], bullets: [] };
  const sectionPick = picker(current.sections, (s) => key(s.kind, s.title));

  const sections = draft.sections.map((draftSection) => {
    const stored = sectionPick.take(key(draftSection.kind, draftSection.title));
    const entryPick = picker(stored?.entries ?? [], (e) => key(e.title, e.organization));
    const entries = draftSection.entries.map((draftEntry) => {
      const storedEntry = entryPick.take(key(draftEntry.title, draftEntry.organization));
      const bulletPick = picker(storedEntry?.bullets ?? [], (b) => b.text);
      const bullets = draftEntry.bullets.map((b) => bulletPick.take(b.text)?.id ?? null);
      for (const bullet of bulletPick.left()) dropped.bullets.push(bullet.id);
      return { keep: storedEntry?.id ?? null, bullets };
    });
    for (const entry of entryPick.left()) dropEntry(entry, dropped);
    return { keep: stored?.id ?? null, entries };
  });
  for (const section of sectionPick.left()) {
    dropped.sections.push(section.id);
    for (const entry of section.entries) dropEntry(entry, dropped);
  }
  return { sections, dropped };
}

const key = (...parts: string[]): string => JSON.stringify(parts);

function dropEntry(
  entry: Resume['sections'][number]['entries'][number],
  dropped: ReplacementPlan['dropped'],
) {
  dropped.entries.push(entry.id);
  for (const bullet of entry.bullets) dropped.bullets.push(bullet.id);
}

/** Stored items by key, each handed out once, in their stored order. */
function picker<T>(items: readonly T[], keyOf: (item: T) => string) {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const list = byKey.get(keyOf(item));
    if (list === undefined) byKey.set(keyOf(item), [item]);
    else list.push(item);
  }
  const taken = new Set<T>();
  return {
    take(k: string): T | undefined {
      const item = byKey.get(k)?.shift();
      if (item !== undefined) taken.add(item);
      return item;
    },
    left: (): T[] => items.filter((item) => !taken.has(item)),
  };
}
