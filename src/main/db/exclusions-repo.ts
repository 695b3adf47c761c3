import type { Exclusions, ItemKind } from '../../shared/domain-types';
import type { Db } from './db-types';
import { notFound } from './not-found';

/**
 * What one job leaves out, from two sources kept in two tables: what the user turned off
 * (job_exclusions) and what the last "Fit to N pages" left out for room (job_fit_exclusions). Only
 * exclusions are stored, so an item added to the résumé later is included in every job by default.
 */
export interface ExclusionsRepo {
  /** Everything the job leaves out, the user's and the fit's together: what preview, score and export read. */
  get(jobId: number): Exclusions;
  /** What the user turned off: where a new fit starts from. */
  own(jobId: number): Exclusions;
  /** The user's toggle. Turning an item on also takes it out of the fit's list: it shows again now. */
  set(jobId: number, kind: ItemKind, itemId: number, included: boolean): void;
  /** Makes `excluded` the fit's whole list for the job, in one transaction; the user's stays as it is. */
  replaceFit(jobId: number, excluded: Exclusions): void;
}

const KINDS = ['section', 'entry', 'bullet'] as const satisfies readonly ItemKind[];

function toExclusions(rows: readonly { kind: ItemKind; id: number }[]): Exclusions {
  const sets = { section: new Set<number>(), entry: new Set<number>(), bullet: new Set<number>() };
  for (const row of rows) sets[row.kind].add(row.id);
  const sorted = (ids: Set<number>) => [...ids].sort((a, b) => a - b);
  return { sections: sorted(sets.section), entries: sorted(sets.entry), bullets: sorted(sets.bullet) };
}

export function createExclusionsRepo(db: Db): ExclusionsRepo {
  const jobExists = db.prepare('SELECT 1 FROM jobs WHERE id = ?');
  // One fixed statement per kind: table names cannot be bound as parameters.
  const itemExists: Record<ItemKind, ReturnType<Db['prepare']>> = {
    section: db.prepare('SELECT 1 FROM sections WHERE id = ?'),
    entry: db.prepare('SELECT 1 FROM entries WHERE id = ?'),
    bullet: db.prepare('SELECT 1 FROM bullets WHERE id = ?'),
  };
  const q = {
    own: db.prepare('SELECT item_kind AS kind, item_id AS id FROM job_exclusions WHERE job_id = ?'),
    all: db.prepare(
      `SELECT item_kind AS kind, item_id AS id FROM job_exclusions WHERE job_id = @jobId
       UNION SELECT item_kind, item_id FROM job_fit_exclusions WHERE job_id = @jobId`,
    ),
    exclude: db.prepare(
      'INSERT INTO job_exclusions (job_id, item_kind, item_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    include: db.prepare('DELETE FROM job_exclusions WHERE job_id = ? AND item_kind = ? AND item_id = ?'),
    includeFit: db.prepare(
      'DELETE FROM job_fit_exclusions WHERE job_id = ? AND item_kind = ? AND item_id = ?',
    ),
    clearFit: db.prepare('DELETE FROM job_fit_exclusions WHERE job_id = ?'),
    excludeFit: db.prepare(
      'INSERT INTO job_fit_exclusions (job_id, item_kind, item_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
  };

  const requireJob = (jobId: number): void => {
    if (jobExists.get(jobId) === undefined) throw notFound('job', jobId);
  };
  type Row = { kind: ItemKind; id: number };

  return {
    get: db.transaction((jobId: number): Exclusions => {
      requireJob(jobId);
      return toExclusions(q.all.all({ jobId }) as Row[]);
    }),
    own: db.transaction((jobId: number): Exclusions => {
      requireJob(jobId);
      return toExclusions(q.own.all(jobId) as Row[]);
    }),
    set: db.transaction((jobId: number, kind: ItemKind, itemId: number, included: boolean) => {
      requireJob(jobId);
      if (itemExists[kind].get(itemId) === undefined) throw notFound(kind, itemId);
      if (included) {
        q.include.run(jobId, kind, itemId);
        q.includeFit.run(jobId, kind, itemId);
      } else q.exclude.run(jobId, kind, itemId);
    }),
    replaceFit: db.transaction((jobId: number, excluded: Exclusions) => {
      requireJob(jobId);
      q.clearFit.run(jobId);
      const ids: Record<ItemKind, number[]> = {
        section: excluded.sections,
        entry: excluded.entries,
        bullet: excluded.bullets,
      };
      for (const kind of KINDS) {
        for (const id of ids[kind]) {
          if (itemExists[kind].get(id) === undefined) throw notFound(kind, id);
          q.excludeFit.run(jobId, kind, id);
        }
      }
    }),
  };
}
