import type { BulletPin, BulletTextChoice, JobChoices, JobOrder } from '../../core/tailor/job-choices';
import type { Db } from './db-types';
import { notFound } from './not-found';

export type OrderKind = 'entry' | 'bullet';

/**
 * A job's own wording, order and fit-to-page pins. The master résumé is never written here: removing
 * a row puts the job back on the master's text or order.
 */
export interface JobChoicesRepo {
  get(jobId: number): Omit<JobChoices, 'excluded'>;
  /** null goes back to the master text. */
  setText(jobId: number, bulletId: number, choice: BulletTextChoice | null): void;
  /**
   * Orders one parent's `children` as `ids` for this job; `ids` = [] goes back to the master order.
   * The service checks that `ids` is a permutation of `children`.
   */
  setOrder(jobId: number, kind: OrderKind, children: readonly number[], ids: readonly number[]): void;
  setPin(jobId: number, bulletId: number, pin: BulletPin | null): void;
  /** Jobs' choices-revision numbers, bumped by triggers whenever a job's exclusions or texts change. */
  revisions(): Map<number, number>;
}

export function createJobChoicesRepo(db: Db): JobChoicesRepo {
  const q = {
    jobExists: db.prepare('SELECT 1 FROM jobs WHERE id = ?'),
    bulletExists: db.prepare('SELECT 1 FROM bullets WHERE id = ?'),
    variantOf: db.prepare('SELECT bullet_id AS bulletId FROM bullet_variants WHERE id = ?'),
    texts: db.prepare(
      `SELECT bullet_id AS bulletId, variant_id AS variantId, custom_text AS text
         FROM job_bullet_text WHERE job_id = ?`,
    ),
    setText: db.prepare(
      `INSERT INTO job_bullet_text (job_id, bullet_id, variant_id, custom_text) VALUES (?, ?, ?, ?)
       ON CONFLICT (job_id, bullet_id) DO UPDATE
         SET variant_id = excluded.variant_id, custom_text = excluded.custom_text`,
    ),
    clearText: db.prepare('DELETE FROM job_bullet_text WHERE job_id = ? AND bullet_id = ?'),
    order: db.prepare(
      `SELECT o.item_kind AS kind, o.item_id AS id,
              CASE o.item_kind WHEN 'entry' THEN e.section_id ELSE b.entry_id END AS parent
         FROM job_item_order o
         LEFT JOIN entries e ON o.item_kind = 'entry' AND e.id = o.item_id
         LEFT JOIN bullets b ON o.item_kind = 'bullet' AND b.id = o.item_id
        WHERE o.job_id = ?
        ORDER BY o.position`,
    ),
    clearOrder: db.prepare('DELETE FROM job_item_order WHERE job_id = ? AND item_kind = ? AND item_id = ?'),
    setOrder: db.prepare(
      `INSERT INTO job_item_order (job_id, item_kind, item_id, position) VALUES (?, ?, ?, ?)
       ON CONFLICT (job_id, item_kind, item_id) DO UPDATE SET position = excluded.position`,
    ),
    pins: db.prepare('SELECT bullet_id AS bulletId, pin FROM job_pins WHERE job_id = ?'),
    setPin: db.prepare(
      `INSERT INTO job_pins (job_id, bullet_id, pin) VALUES (?, ?, ?)
       ON CONFLICT (job_id, bullet_id) DO UPDATE SET pin = excluded.pin`,
    ),
    clearPin: db.prepare('DELETE FROM job_pins WHERE job_id = ? AND bullet_id = ?'),
    revisions: db.prepare('SELECT id, choices_rev AS rev FROM jobs'),
  };
  const requireJob = (jobId: number) => {
    if (q.jobExists.get(jobId) === undefined) throw notFound('job', jobId);
  };
  const requireBullet = (bulletId: number) => {
    if (q.bulletExists.get(bulletId) === undefined) throw notFound('bullet', bulletId);
  };

  return {
    get: db.transaction((jobId: number) => {
      requireJob(jobId);
      const texts: Record<number, BulletTextChoice> = {};
      const rows = q.texts.all(jobId) as {
        bulletId: number;
        variantId: number | null;
        text: string | null;
      }[];
      for (const row of rows) {
        texts[row.bulletId] =
          row.variantId === null ? { text: row.text ?? '' } : { variantId: row.variantId };
      }
      const order: JobOrder = { entries: {}, bullets: {} };
      for (const row of q.order.all(jobId) as { kind: OrderKind; id: number; parent: number | null }[]) {
        if (row.parent === null) continue;
        const byParent = row.kind === 'entry' ? order.entries : order.bullets;
        (byParent[row.parent] ??= []).push(row.id);
      }
      const pins: Record<number, BulletPin> = {};
      for (const row of q.pins.all(jobId) as { bulletId: number; pin: BulletPin }[])
        pins[row.bulletId] = row.pin;
      return { texts, order, pins };
    }),
    setText: db.transaction((jobId: number, bulletId: number, choice: BulletTextChoice | null) => {
      requireJob(jobId);
      requireBullet(bulletId);
      if (choice === null) {
        q.clearText.run(jobId, bulletId);
      } else if ('variantId' in choice) {
        const variant = q.variantOf.get(choice.variantId) as { bulletId: number } | undefined;
        if (variant === undefined || variant.bulletId !== bulletId)
          throw notFound('variant', choice.variantId);
        q.setText.run(jobId, bulletId, choice.variantId, null);
      } else {
        q.setText.run(jobId, bulletId, null, choice.text);
      }
    }),
    setOrder: db.transaction(
      (jobId: number, kind: OrderKind, children: readonly number[], ids: readonly number[]) => {
        requireJob(jobId);
        for (const id of children) q.clearOrder.run(jobId, kind, id);
        ids.forEach((id, position) => {
          q.setOrder.run(jobId, kind, id, position);
        });
      },
    ),
    setPin: db.transaction((jobId: number, bulletId: number, pin: BulletPin | null) => {
      requireJob(jobId);
      requireBullet(bulletId);
      if (pin === null) q.clearPin.run(jobId, bulletId);
      else q.setPin.run(jobId, bulletId, pin);
    }),
    revisions: () =>
      new Map((q.revisions.all() as { id: number; rev: number }[]).map((row) => [row.id, row.rev])),
  };
}
