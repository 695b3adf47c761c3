import { z } from 'zod';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../resume/profile';

/**
 * The parts of JSON Resume (https://jsonresume.org/schema, v1.0.0) that the app uses.
 *
 * Real files come from many exporters, so the schema is lenient where it costs nothing: every field is
 * optional, `null` counts as absent, fields the app does not use (`$schema`, `meta`, images, awards,
 * languages...) are not read at all, so they can never make a file fail, and the v0.x names `work[].company` and `basics.website` are read as fallbacks.
 * It is strict where a wrong type would silently lose text: a highlight that is a number is an error,
 * not an empty bullet. Lengths are bounded like the stored résumé's, so one pasted book cannot get in.
 */
const shortText = z.string().max(SHORT_TEXT_MAX).nullish();
const longText = z.string().max(LONG_TEXT_MAX).nullish();
const lines = (maxItems: number) => z.array(z.string().max(LONG_TEXT_MAX)).max(maxItems).nullish();
const list = <T extends z.ZodType>(item: T, maxItems: number) => z.array(item).max(maxItems).nullish();

export const JsonResumeLocationSchema = z.object({
  city: shortText,
  countryCode: shortText,
  region: shortText,
});

export const JsonResumeProfileSchema = z.object({
  url: shortText,
});

export const JsonResumeBasicsSchema = z.object({
  name: shortText,
  label: shortText,
  email: shortText,
  phone: shortText,
  url: shortText,
  /** v0.x name of `url`. */
  website: shortText,
  summary: longText,
  location: JsonResumeLocationSchema.nullish(),
  profiles: list(JsonResumeProfileSchema, 100),
});

export const JsonResumeWorkSchema = z.object({
  name: shortText,
  /** v0.x name of `name`. */
  company: shortText,
  position: shortText,
  location: shortText,
  startDate: shortText,
  endDate: shortText,
  summary: longText,
  highlights: lines(5_000),
});

export const JsonResumeVolunteerSchema = z.object({
  organization: shortText,
  position: shortText,
  startDate: shortText,
  endDate: shortText,
  summary: longText,
  highlights: lines(5_000),
});

export const JsonResumeEducationSchema = z.object({
  institution: shortText,
  area: shortText,
  studyType: shortText,
  startDate: shortText,
  endDate: shortText,
  courses: lines(5_000),
});

export const JsonResumeProjectSchema = z.object({
  name: shortText,
  description: longText,
  highlights: lines(5_000),
  entity: shortText,
  startDate: shortText,
  endDate: shortText,
});

export const JsonResumeSkillSchema = z.object({
  name: shortText,
  keywords: lines(5_000),
});

export const JsonResumeSchema = z.object({
  basics: JsonResumeBasicsSchema.nullish(),
  work: list(JsonResumeWorkSchema, 1_000),
  volunteer: list(JsonResumeVolunteerSchema, 1_000),
  education: list(JsonResumeEducationSchema, 1_000),
  projects: list(JsonResumeProjectSchema, 1_000),
  skills: list(JsonResumeSkillSchema, 1_000),
});
export type JsonResume = z.infer<typeof JsonResumeSchema>;
export type JsonResumeBasics = z.infer<typeof JsonResumeBasicsSchema>;
export type JsonResumeWork = z.infer<typeof JsonResumeWorkSchema>;
export type JsonResumeVolunteer = z.infer<typeof JsonResumeVolunteerSchema>;
export type JsonResumeEducation = z.infer<typeof JsonResumeEducationSchema>;
export type JsonResumeProject = z.infer<typeof JsonResumeProjectSchema>;
export type JsonResumeSkill = z.infer<typeof JsonResumeSkillSchema>;
