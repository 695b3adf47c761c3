import { z } from 'zod';
import { BulletSchema } from './bullet';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from './profile';

/**
 * One job, degree, project, award, language, reference... Dates are free text as the user writes them
 * ("2019", "Mar 2021", "Present").
 *
 * Fields every JSON Resume section needs a home for (jsonresume.org v1.0.0), so an import loses nothing:
 * - `summary`: prose about the entry as a whole (a job's summary, a project's description, the text of
 *   an award, publication or reference), drawn as a paragraph under the header, never as a bullet.
 * - `url`: the entry's link (employer, school, project, certificate, publication).
 * - `detail`: one short qualifier whose meaning the section kind gives (entryDetailLabel): an education's
 *   score, a language's fluency, a skill's level.
 * - `courses`: an education's courses, one per line.
 * The new fields default to '' so older callers and stored data stay valid.
 */
export const EntryFieldsSchema = z.strictObject({
  title: z.string().max(SHORT_TEXT_MAX),
  organization: z.string().max(SHORT_TEXT_MAX),
  location: z.string().max(SHORT_TEXT_MAX),
  startDate: z.string().max(100),
  endDate: z.string().max(100),
  summary: z.string().max(LONG_TEXT_MAX).default(''),
  url: z.string().max(SHORT_TEXT_MAX).default(''),
  detail: z.string().max(SHORT_TEXT_MAX).default(''),
  courses: z.string().max(LONG_TEXT_MAX).default(''),
});
export type EntryFields = z.infer<typeof EntryFieldsSchema>;

export const EntrySchema = EntryFieldsSchema.extend({
  id: z.number().int().nonnegative(),
  bullets: z.array(BulletSchema).max(5_000),
});
export type Entry = z.infer<typeof EntrySchema>;

export const ENTRY_TEXT_FIELDS = [
  'title',
  'organization',
  'location',
  'startDate',
  'endDate',
  'summary',
  'url',
  'detail',
  'courses',
] as const satisfies readonly (keyof EntryFields)[];

export const emptyEntryFields = (): EntryFields => ({
  title: '',
  organization: '',
  location: '',
  startDate: '',
  endDate: '',
  summary: '',
  url: '',
  detail: '',
  courses: '',
});

/** An education's courses as a list: one per line, blank lines ignored. */
export const courseList = (courses: string): string[] =>
  courses
    .split(/\r\n|\r|\n/)
    .map((course) => course.trim())
    .filter((course) => course !== '');
