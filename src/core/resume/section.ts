import { z } from 'zod';
import { EntrySchema } from './entry';
import { SHORT_TEXT_MAX } from './profile';

/**
 * The kind decides how a section is drawn (sectionShape): experience-like kinds show entry headers,
 * a summary and bullets; list kinds (skills, interests, languages) show each entry as one line
 * "title: bullet, bullet". There is a kind for every JSON Resume v1.0.0 section, so an import has a
 * home for each; `custom` holds anything else, including what an import could not place ("Other").
 */
export const SECTION_KINDS = [
  'experience',
  'education',
  'projects',
  'skills',
  'volunteer',
  'awards',
  'certificates',
  'publications',
  'languages',
  'interests',
  'references',
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

/** A section's heading when it has no title of its own, and the title an imported section gets. */
export const DEFAULT_SECTION_TITLES = {
  experience: 'Experience',
  education: 'Education',
  projects: 'Projects',
  skills: 'Skills',
  volunteer: 'Volunteering',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
  custom: 'Other',
} as const satisfies Record<SectionKind, string>;

/** Kinds drawn as one line per entry: "Title (detail): item, item". */
const LIST_KINDS: ReadonlySet<SectionKind> = new Set(['skills', 'interests', 'languages']);
export const isListKind = (kind: SectionKind): boolean => LIST_KINDS.has(kind);

/**
 * What an entry's `detail` means in each kind, for the editor's label; null where the kind has no use
 * for it (the editor then shows it only when it holds text).
 */
export function entryDetailLabel(kind: SectionKind): string | null {
  switch (kind) {
    case 'education':
      return 'Score';
    case 'languages':
      return 'Fluency';
    case 'skills':
      return 'Level';
    default:
      return null;
  }
}
