import { initial } from './001-initial';
import type { Migration } from './migration';

/** Every migration the app knows, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initial];

export type { Migration } from './migration';
