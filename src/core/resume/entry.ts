import { z } from 'zod';
import { BulletSchema } from './bullet';
import { SHORT_TEXT_MAX } from './profile';

/** One job, degree, project... Dates are free text as the user writes them ("2019", "Mar 2021", "Present"). */
export const EntryFieldsSchema = z.strictObject({
  title: z.string().max(SHORT_TEXT_MAX),
  organization: z.string().max(SHORT_TEXT_MAX),
  location: z.string().max(SHORT_TEXT_MAX),
  startDate: z.string().max(100),
  endDate: z.string().max(100),
});
export type EntryFields = z.infer<typeof EntryFieldsSchema>;

export const EntrySchema = EntryFieldsSchema.extend({
  id: z.number().int().nonnegative(),
  bullets: z.array(BulletSchema).max(5_000),
});
export type Entry = z.infer<typeof EntrySchema>;

export const emptyEntryFields = (): EntryFields => ({
  title: '',
  organization: '',
  location: '',
  startDate: '',
  endDate: '',
});
