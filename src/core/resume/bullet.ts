import { z } from 'zod';
import { LONG_TEXT_MAX } from './profile';

/** How many alternative wordings one bullet may carry; a handful is the real use, 20 is generous. */
export const MAX_VARIANTS_PER_BULLET = 20;

/**
 * Another wording of the same bullet, written by the user (never generated): a job can use it instead
 * of the master text. Same length limit as the bullet itself.
 */
export const BulletVariantSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  text: z.string().max(LONG_TEXT_MAX),
});
export type BulletVariant = z.infer<typeof BulletVariantSchema>;

export const BulletSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  text: z.string().max(LONG_TEXT_MAX),
  /** Alternative wordings, in the order the user added them; [] when there are none (older data). */
  variants: z.array(BulletVariantSchema).max(MAX_VARIANTS_PER_BULLET).default([]),
});
export type Bullet = z.infer<typeof BulletSchema>;
