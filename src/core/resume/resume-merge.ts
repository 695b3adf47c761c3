import { z } from 'zod';
import { ENTRY_TEXT_FIELDS, type EntryFields } from './entry';
import { PROFILE_FIELDS, ProfileSchema, type Profile } from './profile';
import type { Entry, Resume, Section } from './resume';
import type { EntryDraft, ResumeDraft, SectionDraft } from './resume-draft';

/** A field the file fills with text other than the stored one. */
export interface FieldChange<F extends string = string> {
  field: F;
  stored: string;
  imported: string;
}

/** Where a draft entry is: its section's and its own index in the draft. */
export interface DraftAt {
  section: number;
  entry: number;
}

/**
 * A draft entry that continues a stored one (same title and organization once normalised): offered for
 * update, never applied without the user's yes.
 */
export interface EntryOffer {
  at: DraftAt;
  storedId: number;
  /** The stored entry's fields the file would change (title and organization never change: they match). */
  changes: FieldChange<keyof EntryFields>[];
  /** The file's bullets the stored entry does not have yet (after normalising). */
  newBullets: string[];
  /** Stored bullets the file does not have: kept unless the user names them for removal. */
  missingBullets: { id: number; text: string }[];
}

export interface MergePlan {
  profile: FieldChange<keyof Profile>[];
  offers: EntryOffer[];
  /** Draft entries with no stored match: added, to the stored section of the same kind when there is one. */
  added: DraftAt[];
}

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** What the user decided about a merge plan; ids are the stored ones the plan offered. */
export const MergeChoicesSchema = z.strictObject({
  /** Profile fields to take from the file; the others stay as stored. */
  profile: z.array(ProfileSchema.keyof()).max(PROFILE_FIELDS.length),
  /** Stored entry ids (from the offers) that take the file's fields and new bullets. */
  update: z.array(id).max(100_000),
  /** Stored bullet ids (from an updated offer's missingBullets) the user confirmed to remove. */
  removeBullets: z.array(id).max(100_000),
});
export type MergeChoices = z.infer<typeof MergeChoicesSchema>;

/**
 * How titles are compared: the same words in any case, spacing or punctuation ("Sr. Engineer" and
 * "sr engineer", "ACME, Inc." and "Acme Inc"). Letters, digits and symbols such as "+" or "#" count.
 */
export function normalised(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

const entryKey = (e: { title: string; organization: string }) =>
  JSON.stringify([normalised(e.title), normalised(e.organization)]);

/**
 * The stored section each draft section merges into: the same kind and title (normalised), else the
 * first stored section of that kind not taken yet; "Other" sections (custom) only ever by title, since
 * two custom sections share nothing but the kind. null: the draft section is new.
 */
function sectionTargets(current: Resume, draft: ResumeDraft): (Section | null)[] {
  const taken = new Set<Section>();
  const take = (found: Section | undefined) => {
    if (found !== undefined) taken.add(found);
    return found ?? null;
  };
  return draft.sections.map((s) => {
    const free = current.sections.filter((c) => !taken.has(c) && c.kind === s.kind);
    const byTitle = free.find((c) => normalised(c.title) === normalised(s.title));
    if (byTitle !== undefined || s.kind === 'custom') return take(byTitle);
    return take(free[0]);
  });
}

interface Pairing {
  targets: (Section | null)[];
  /** Per draft section, per entry: the stored entry it continues, or null. */
  entries: (Entry | null)[][];
}

function pair(current: Resume, draft: ResumeDraft): Pairing {
  const targets = sectionTargets(current, draft);
  const taken = new Set<Entry>();
  const entries = draft.sections.map((s, i) =>
    s.entries.map((e) => {
      const found = targets[i]?.entries.find((c) => !taken.has(c) && entryKey(c) === entryKey(e));
      if (found === undefined) return null;
      taken.add(found);
      return found;
    }),
  );
  return { targets, entries };
}

const changed = <F extends string>(field: F, stored: string, imported: string): FieldChange<F>[] =>
  imported.trim() !== '' && imported.trim() !== stored.trim() ? [{ field, stored, imported }] : [];

/**
 * What merging a draft into the stored résumé offers: profile fields the file fills differently, stored
 * entries it continues (with what would change), and entries it adds. Nothing here changes anything.
 */
export function planMerge(current: Resume, draft: ResumeDraft): MergePlan {
  const { entries } = pair(current, draft);
  const offers: EntryOffer[] = [];
  const added: DraftAt[] = [];
  draft.sections.forEach((s, section) =>
    s.entries.forEach((e, entry) => {
      const stored = entries[section]?.[entry] ?? null;
      if (stored === null) {
        added.push({ section, entry });
        return;
      }
      const have = new Set(stored.bullets.map((b) => normalised(b.text)));
      const fileHas = new Set(e.bullets.map((b) => normalised(b.text)));
      offers.push({
        at: { section, entry },
        storedId: stored.id,
        changes: ENTRY_TEXT_FIELDS.filter((f) => f !== 'title' && f !== 'organization').flatMap((f) =>
          changed(f, stored[f], e[f]),
        ),
        newBullets: uniqueNew(e.bullets, have),
        missingBullets: stored.bullets
          .filter((b) => !fileHas.has(normalised(b.text)))
          .map((b) => ({ id: b.id, text: b.text })),
      });
    }),
  );
  return {
    profile: PROFILE_FIELDS.flatMap((f) => changed(f, current.profile[f], draft.profile[f])),
    offers,
    added,
  };
}

/** The file's bullets not in `have`, in the file's order, each once. */
function uniqueNew(bullets: readonly { text: string }[], have: ReadonlySet<string>): string[] {
  const seen = new Set(have);
  return bullets.flatMap((b) => {
    const key = normalised(b.text);
    if (key === '' || seen.has(key)) return [];
    seen.add(key);
    return [b.text];
  });
}

/**
 * What a profile field and an offer default to: a field the stored profile leaves empty is filled, a
 * field it already has is kept; every matching entry is updated; no bullet is removed.
 */
export function defaultMergeChoices(plan: MergePlan): MergeChoices {
  return {
    profile: plan.profile.filter((c) => c.stored.trim() === '').map((c) => c.field),
    update: plan.offers.map((o) => o.storedId),
    removeBullets: [],
  };
}

const storedDraft = (entry: Entry): EntryDraft => {
  const { id: _id, bullets, ...fields } = entry;
  return { ...fields, bullets: bullets.map((b) => ({ text: b.text })) };
};

/**
 * The résumé a merge stores: every stored section, entry and bullet in its place, updated entries with
 * the file's fields and new bullets after their own, new entries after a section's stored ones, new
 * sections last. A stored item leaves only when it is a bullet the choices name for removal.
 *
 * Stored titles, organizations and bullet texts are kept as written, so storing the result through the
 * replacement plan keeps every id (and every job's choices on it).
 */
export function mergeDraft(current: Resume, draft: ResumeDraft, choices: MergeChoices): ResumeDraft {
  const plan = planMerge(current, draft);
  const { targets, entries } = pair(current, draft);
  const update = new Set(choices.update);
  const removable = new Set(
    plan.offers.filter((o) => update.has(o.storedId)).flatMap((o) => o.missingBullets.map((b) => b.id)),
  );
  const remove = new Set(choices.removeBullets.filter((id) => removable.has(id)));
  const offerOf = new Map(plan.offers.map((o) => [o.storedId, o]));
  const draftEntry = (at: DraftAt) => draft.sections[at.section]?.entries[at.entry] as EntryDraft;

  const sections: SectionDraft[] = current.sections.map((s) => {
    const kept = s.entries.map((stored): EntryDraft => {
      const base = storedDraft(stored);
      const offer = offerOf.get(stored.id);
      const bullets = stored.bullets.filter((b) => !remove.has(b.id)).map((b) => ({ text: b.text }));
      if (offer === undefined || !update.has(stored.id)) return { ...base, bullets };
      const fromFile = draftEntry(offer.at);
      const fields = Object.fromEntries(offer.changes.map((c) => [c.field, fromFile[c.field]]));
      return { ...base, ...fields, bullets: [...bullets, ...offer.newBullets.map((text) => ({ text }))] };
    });
    return { kind: s.kind, title: s.title, entries: kept };
  });

  const newSections: SectionDraft[] = [];
  draft.sections.forEach((s, i) => {
    const fresh = s.entries.filter((_e, j) => entries[i]?.[j] === null);
    const target = targets[i] ?? null;
    if (target === null) {
      if (fresh.length > 0 || s.entries.length === 0) newSections.push({ ...s, entries: fresh });
      return;
    }
    sections[current.sections.indexOf(target)]?.entries.push(...fresh);
  });

  // Only a field the plan offers: a choice naming one the file leaves empty would blank it.
  const offered = new Set(plan.profile.map((c) => c.field));
  const profile = { ...current.profile };
  for (const field of choices.profile) if (offered.has(field)) profile[field] = draft.profile[field];
  return { profile, sections: [...sections, ...newSections] };
}
