import { z } from 'zod';
import { ProfileSchema } from './profile';
import { SectionSchema } from './section';

/** The master résumé as one tree, in display order. IDs are the database's. */
export const ResumeSchema = z.strictObject({
  profile: ProfileSchema,
  sections: z.array(SectionSchema).max(100),
});
export type Resume = z.infer<typeof ResumeSchema>;

export type { Profile } from './profile';
export type { Section, SectionKind } from './section';
export type { Entry, EntryFields } from './entry';
export type { Bullet } from './bullet';

/** Every bullet with where it lives, in reading order. */
export function* allBullets(resume: Resume) {
  for (const section of resume.sections) {
    for (const entry of section.entries) {
      for (const bullet of entry.bullets) yield { section, entry, bullet };
    }
  }
}
