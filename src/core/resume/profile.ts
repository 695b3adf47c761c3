import { z } from 'zod';

/** Upper bounds keep a hostile or accidental paste from growing the database without limit. */
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 10_000;

export const ProfileSchema = z.strictObject({
  name: z.string().max(SHORT_TEXT_MAX),
  headline: z.string().max(SHORT_TEXT_MAX),
  email: z.string().max(SHORT_TEXT_MAX),
  phone: z.string().max(SHORT_TEXT_MAX),
  location: z.string().max(SHORT_TEXT_MAX),
  website: z.string().max(SHORT_TEXT_MAX),
  summary: z.string().max(LONG_TEXT_MAX),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** The profile's fields in the order the editor shows them. */
export const PROFILE_FIELDS = Object.keys(ProfileSchema.shape) as (keyof Profile)[];

export const emptyProfile = (): Profile => ({
  name: '',
  headline: '',
  email: '',
  phone: '',
  location: '',
  website: '',
  summary: '',
});
