import type { Exclusions } from './exclusions';

/**
 * How one job words a bullet instead of the master text: one of the variants the user wrote for it, or
 * text edited for this job only. The master bullet is never changed by either.
 */
export type BulletTextChoice = { variantId: number } | { text: string };

/** Sibling order for one job: ids in the order the job shows them. Missing parents keep the master order. */
export interface JobOrder {
  /** Entry ids per section id. */
  entries: Record<number, number[]>;
  /** Bullet ids per entry id. */
  bullets: Record<number, number[]>;
}

/** 'in' keeps a bullet whatever fit-to-page decides; 'out' keeps it off. */
export type BulletPin = 'in' | 'out';

/** Everything a job changes about the master résumé. Stored per job; the master stays as written. */
export interface JobChoices {
  excluded: Exclusions;
  texts: Record<number, BulletTextChoice>;
  order: JobOrder;
  pins: Record<number, BulletPin>;
}
