import { z } from 'zod';
import { EntryFieldsSchema } from './entry';
import { BulletSchema } from './bullet';
import { ProfileSchema } from './profile';
import { SectionSchema } from './section';

/**
 * The résumé tree before the database has given it ids: what an import produces and what
 * `replaceResume` stores. Same limits as the stored tree, so a draft that passes always fits.
 */
// A draft has no variants: they are written per bullet once it is stored and has an id.
export const BulletDraftSchema = BulletSchema.omit({ id: true, variants: true });
export type BulletDraft = z.infer<typeof BulletDraftSchema>;

export const EntryDraftSchema = EntryFieldsSchema.extend({
  bullets: z.array(BulletDraftSchema).max(5_000),
});
export type EntryDraft = z.infer<typeof EntryDraftSchema>;

export const SectionDraftSchema = SectionSchema.omit({ id: true, entries: true }).extend({
  entries: z.array(EntryDraftSchema).max(1_000),
});
export type SectionDraft = z.infer<typeof SectionDraftSchema>;

export const ResumeDraftSchema = z.strictObject({
  profile: ProfileSchema,
  sections: z.array(SectionDraftSchema).max(100),
});
export type ResumeDraft = z.infer<typeof ResumeDraftSchema>;
