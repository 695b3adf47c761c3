import { z } from 'zod';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../resume/profile';

/**
 * JSON Resume (https://jsonresume.org/schema, v1.0.0), every section of it.
 *
 * Real files come from many exporters, so the schema is lenient where it costs nothing: every field is
 * optional, `null` counts as absent, keys the schema does not name are let through (json-resume-other
 * keeps them as text in an "Other" section), and the v0.x names `work[].company` and `basics.website`
 * are read as fallbacks. It is strict where a wrong type would silently lose text: a highlight that is
 * a number is an error, not an empty bullet. Lengths are bounded like the stored résumé's, so one
 * pasted book cannot get in.
 */
const shortText = z.string().max(SHORT_TEXT_MAX).nullish();
const longText = z.string().max(LONG_TEXT_MAX).nullish();
const lines = (maxItems: number) => z.array(z.string().max(LONG_TEXT_MAX)).max(maxItems).nullish();
const list = <T extends z.ZodType>(item: T, maxItems: number) => z.array(item).max(maxItems).nullish();

export const JsonResumeLocationSchema = z.object({
  address: shortText,
  postalCode: shortText,
  city: shortText,
  countryCode: shortText,
  region: shortText,
});

export const JsonResumeProfileSchema = z.object({
  network: shortText,
  username: shortText,
  url: shortText,
  /** Not in v1.0.0: bullets the app's own export writes here. */
  highlights: lines(1_000),
});

export const JsonResumeBasicsSchema = z.object({
  name: shortText,
  label: shortText,
  image: shortText,
  email: shortText,
  phone: shortText,
  url: shortText,
  /** v0.x name of `url`. */
  website: shortText,
  summary: longText,
  location: JsonResumeLocationSchema.nullish(),
  profiles: list(JsonResumeProfileSchema, 100),
});

const dated = { startDate: shortText, endDate: shortText };

/**
 * Not in v1.0.0 for every part: the app's own names for an entry's fields, which its export writes where
 * a part has no name of its own (a location on an education), read back into the same field.
 */
const appFields = {
  organization: shortText,
  location: shortText,
  url: shortText,
  summary: longText,
  detail: shortText,
  courses: longText,
};

export const JsonResumeWorkSchema = z.object({
  ...appFields,
  name: shortText,
  /** v0.x name of `name`. */
  company: shortText,
  position: shortText,
  location: shortText,
  url: shortText,
  ...dated,
  summary: longText,
  highlights: lines(5_000),
});

export const JsonResumeVolunteerSchema = z.object({
  ...appFields,
  organization: shortText,
  position: shortText,
  url: shortText,
  ...dated,
  summary: longText,
  highlights: lines(5_000),
});

export const JsonResumeEducationSchema = z.object({
  ...appFields,
  institution: shortText,
  url: shortText,
  area: shortText,
  studyType: shortText,
  ...dated,
  score: shortText,
  courses: lines(1_000),
  /** Not in v1.0.0: bullets the app's own export writes here, read back as bullets. */
  highlights: lines(5_000),
});

export const JsonResumeAwardSchema = z.object({
  ...appFields,
  title: shortText,
  date: shortText,
  awarder: shortText,
  summary: longText,
  /** Not in v1.0.0: bullets the app's own export writes here, read back as bullets. */
  highlights: lines(5_000),
});

export const JsonResumeCertificateSchema = z.object({
  ...appFields,
  name: shortText,
  date: shortText,
  url: shortText,
  issuer: shortText,
  /** Not in v1.0.0: bullets the app's own export writes here, read back as bullets. */
  highlights: lines(5_000),
});

export const JsonResumePublicationSchema = z.object({
  ...appFields,
  name: shortText,
  publisher: shortText,
  releaseDate: shortText,
  url: shortText,
  summary: longText,
  /** Not in v1.0.0: bullets the app's own export writes here, read back as bullets. */
  highlights: lines(5_000),
});

export const JsonResumeSkillSchema = z.object({
  ...appFields,
  name: shortText,
  level: shortText,
  keywords: lines(5_000),
});

export const JsonResumeLanguageSchema = z.object({
  ...appFields,
  language: shortText,
  fluency: shortText,
  /** Not in v1.0.0: bullets the app's own export writes here, read back as bullets. */
  highlights: lines(5_000),
});

export const JsonResumeInterestSchema = z.object({
  ...appFields,
  name: shortText,
  keywords: lines(5_000),
});

export const JsonResumeReferenceSchema = z.object({
  ...appFields,
  name: shortText,
  reference: longText,
  /** Not in v1.0.0: bullets the app's own export writes here, read back as bullets. */
  highlights: lines(5_000),
});

export const JsonResumeProjectSchema = z.object({
  ...appFields,
  name: shortText,
  description: longText,
  highlights: lines(5_000),
  entity: shortText,
  url: shortText,
  ...dated,
});

/** The app's own export keeps custom sections here (JSON Resume has no place for them). */
export const JsonResumeOtherSectionSchema = z.object({
  title: shortText,
  entries: list(
    z.object({
      title: shortText,
      organization: shortText,
      location: shortText,
      startDate: shortText,
      endDate: shortText,
      summary: longText,
      url: shortText,
      detail: shortText,
      courses: longText,
      bullets: lines(5_000),
    }),
    1_000,
  ),
});

export const JsonResumeSchema = z.object({
  basics: JsonResumeBasicsSchema.nullish(),
  work: list(JsonResumeWorkSchema, 1_000),
  volunteer: list(JsonResumeVolunteerSchema, 1_000),
  education: list(JsonResumeEducationSchema, 1_000),
  awards: list(JsonResumeAwardSchema, 1_000),
  certificates: list(JsonResumeCertificateSchema, 1_000),
  publications: list(JsonResumePublicationSchema, 1_000),
  skills: list(JsonResumeSkillSchema, 1_000),
  languages: list(JsonResumeLanguageSchema, 1_000),
  interests: list(JsonResumeInterestSchema, 1_000),
  references: list(JsonResumeReferenceSchema, 1_000),
  projects: list(JsonResumeProjectSchema, 1_000),
  otherSections: list(JsonResumeOtherSectionSchema, 100),
});
export type JsonResume = z.infer<typeof JsonResumeSchema>;
export type JsonResumeBasics = z.infer<typeof JsonResumeBasicsSchema>;
export type JsonResumeProfile = z.infer<typeof JsonResumeProfileSchema>;
export type JsonResumeWork = z.infer<typeof JsonResumeWorkSchema>;
export type JsonResumeVolunteer = z.infer<typeof JsonResumeVolunteerSchema>;
export type JsonResumeEducation = z.infer<typeof JsonResumeEducationSchema>;
export type JsonResumeAward = z.infer<typeof JsonResumeAwardSchema>;
export type JsonResumeCertificate = z.infer<typeof JsonResumeCertificateSchema>;
export type JsonResumePublication = z.infer<typeof JsonResumePublicationSchema>;
export type JsonResumeProject = z.infer<typeof JsonResumeProjectSchema>;
export type JsonResumeSkill = z.infer<typeof JsonResumeSkillSchema>;
export type JsonResumeLanguage = z.infer<typeof JsonResumeLanguageSchema>;
export type JsonResumeInterest = z.infer<typeof JsonResumeInterestSchema>;
export type JsonResumeReference = z.infer<typeof JsonResumeReferenceSchema>;
export type JsonResumeOtherSection = z.infer<typeof JsonResumeOtherSectionSchema>;

/**
 * The keys each part reads, so json-resume-other can tell what has no home. `$schema` and `meta`
 * describe the file, not the person, and are left out on purpose.
 */
export const JSON_RESUME_KEYS = {
  top: Object.keys(JsonResumeSchema.shape),
  fileOnly: ['$schema', 'meta'],
  basics: Object.keys(JsonResumeBasicsSchema.shape),
  location: ['city', 'region', 'countryCode'],
  work: Object.keys(JsonResumeWorkSchema.shape),
  volunteer: Object.keys(JsonResumeVolunteerSchema.shape),
  education: Object.keys(JsonResumeEducationSchema.shape),
  awards: Object.keys(JsonResumeAwardSchema.shape),
  certificates: Object.keys(JsonResumeCertificateSchema.shape),
  publications: Object.keys(JsonResumePublicationSchema.shape),
  skills: Object.keys(JsonResumeSkillSchema.shape),
  languages: Object.keys(JsonResumeLanguageSchema.shape),
  interests: Object.keys(JsonResumeInterestSchema.shape),
  references: Object.keys(JsonResumeReferenceSchema.shape),
  projects: Object.keys(JsonResumeProjectSchema.shape),
} as const;
