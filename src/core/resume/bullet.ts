import { z } from 'zod';
import { LONG_TEXT_MAX } from './profile';

export const BulletSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  text: z.string().max(LONG_TEXT_MAX),
});
export type Bullet = z.infer<typeof BulletSchema>;
