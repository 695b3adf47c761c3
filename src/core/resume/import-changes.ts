import { ENTRY_TEXT_FIELDS } from './entry';
import { PROFILE_FIELDS, type Profile } from './profile';
import type { Entry, Resume } from './resume';
import type { EntryDraft, ResumeDraft } from './resume-draft';
import { planReplacement } from './resume-replacement';

/**
 * What storing an import changes in the master résumé, told before the user confirms. Items are named
 * as the user sees them, so a removal is never a bare count.
 */
export interface ImportChanges {
  /** Profile fields whose text changes. */
  profileFields: (keyof Profile)[];
  addedSections: string[];
  /** "Title — Organization", per entry the import adds. */
  addedEntries: string[];
  /** Stored entries that stay, with changed fields or new bullets. */
  updatedEntries: string[];
  /** Bullets added, inside new entries or kept ones. */
  addedBullets: number;
  /** What leaves: sections by title, entries (of kept sections) by name, bullets (of kept entries) by text. */
  removed: { sections: string[]; entries: string[]; bullets: string[] };
}

/**
 * How an entry is named to the user: "Title — Organization" as the editor heads it, or, with neither,
 * the start of its first bullet (an "Other" section's lines have no title).
 */
export function entryName(entry: { title: string; organization: string; bullets: { text: string }[] }) {
  const name = [entry.title, entry.organization].filter((part) => part.trim() !== '').join(' — ');
  if (name !== '') return name;
  const first = entry.bullets[0]?.text ?? '';
  return first === ''
    ? '(an entry without a title)'
    : `“${first.length > 60 ? `${first.slice(0, 57)}…` : first}”`;
}

const fieldsDiffer = (stored: Entry, next: EntryDraft) =>
  ENTRY_TEXT_FIELDS.some((f) => stored[f] !== next[f]);

/**
 * The difference between the stored résumé and the one an import would store (a replacement's draft or
 * a merge's result), through the same plan the database applies, so what is told is what happens.
 */
export function importChanges(current: Resume, next: ResumeDraft): ImportChanges {
  const plan = planReplacement(current, next);
  const entriesById = new Map<number, Entry>();
  const sectionOf = new Map<number, number>();
  for (const s of current.sections) {
    for (const e of s.entries) {
      entriesById.set(e.id, e);
      sectionOf.set(e.id, s.id);
    }
  }
  const bulletOwner = new Map<number, { entry: number; text: string }>();
  for (const e of entriesById.values())
    for (const b of e.bullets) bulletOwner.set(b.id, { entry: e.id, text: b.text });

  const changes: ImportChanges = {
    profileFields: PROFILE_FIELDS.filter((f) => current.profile[f] !== next.profile[f]),
    addedSections: [],
    addedEntries: [],
    updatedEntries: [],
    addedBullets: 0,
    removed: { sections: [], entries: [], bullets: [] },
  };
  next.sections.forEach((section, i) => {
    const placed = plan.sections[i];
    if (placed === undefined) return;
    if (placed.keep === null) changes.addedSections.push(section.title);
    section.entries.forEach((entry, j) => {
      const kept = placed.entries[j];
      if (kept === undefined) return;
      const fresh = kept.bullets.filter((b) => b === null).length;
      changes.addedBullets += fresh;
      const stored = kept.keep === null ? undefined : entriesById.get(kept.keep);
      if (stored === undefined) changes.addedEntries.push(entryName(entry));
      else if (fresh > 0 || fieldsDiffer(stored, entry)) changes.updatedEntries.push(entryName(entry));
    });
  });

  const goneSections = new Set(plan.dropped.sections);
  const goneEntries = new Set(plan.dropped.entries);
  for (const s of current.sections) if (goneSections.has(s.id)) changes.removed.sections.push(s.title);
  for (const id of plan.dropped.entries) {
    const entry = entriesById.get(id);
    if (entry !== undefined && !goneSections.has(sectionOf.get(id) ?? -1))
      changes.removed.entries.push(entryName(entry));
  }
  for (const id of plan.dropped.bullets) {
    const owner = bulletOwner.get(id);
    if (owner !== undefined && !goneEntries.has(owner.entry)) changes.removed.bullets.push(owner.text);
  }
  return changes;
}
