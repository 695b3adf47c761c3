import { z } from 'zod';
import { EntrySchema } from './entry';
import { SHORT_TEXT_MAX } from './profile';

/**
 * The kind decides how a section is drawn: experience-like kinds show entry headers and bullets;
 * `skills` shows each entry as one line "title: bullet, bullet".
 */
export const SECTION_KINDS = [
  'experience',
  'education',
  'projects',
  'skills',
  'volunteer',
  'custom',
] as const;
export const SectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const SectionSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  kind: SectionKindSchema,
  title: z.string().max(SHORT_TEXT_MAX),
  entries: z.array(EntrySchema).max(1_000),
});
export type Section = z.infer<typeof SectionSchema>;
