import type { Exclusions, ItemKind } from '../../shared/domain-types';
import type { Db } from './db-types';
import { notFound } from './not-found';

/**
 * What the user turned off for one job. Only exclusions are stored, so an item added to the résumé
 * later is included in every job by default.
 */
export interface ExclusionsRepo {
  get(jobId: number): Exclusions;
  set(jobId: number, kind: ItemKind, itemId: number, included: boolean): void;
  /** Makes `excluded` the job's whole set of exclusions (fit-to-page's result), in one transaction. */
  replace(jobId: number, excluded: Exclusions): void;
}

export function createExclusionsRepo(db: Db): ExclusionsRepo {
  const jobExists = db.prepare('SELECT 1 FROM jobs WHERE id = ?');
  // One fixed statement per kind: table names cannot be bound as parameters.
  const itemExists: Record<ItemKind, ReturnType<Db['prepare']>> = {
    section: db.prepare('SELECT 1 FROM sections WHERE id = ?'),
    entry: db.prepare('SELECT 1 FROM entries WHERE id = ?'),
    bullet: db.prepare('SELECT 1 FROM bullets WHERE id = ?'),
  };
  const select = db.prepare(
    'SELECT item_kind AS kind, item_id AS id FROM job_exclusions WHERE job_id = ? ORDER BY item_kind, item_id',
  );
  const exclude = db.prepare(
    'INSERT INTO job_exclusions (job_id, item_kind, item_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const include = db.prepare('DELETE FROM job_exclusions WHERE job_id = ? AND item_kind = ? AND item_id = ?');
  const clear = db.prepare('DELETE FROM job_exclusions WHERE job_id = ?');

  const requireJob = (jobId: number): void => {
    if (jobExists.get(jobId) === undefined) throw notFound('job', jobId);
  };

  return {
    get: db.transaction((jobId: number): Exclusions => {
      requireJob(jobId);
      const out: Exclusions = { sections: [], entries: [], bullets: [] };
      for (const row of select.all(jobId) as { kind: ItemKind; id: number }[]) {
        if (row.kind === 'section') out.sections.push(row.id);
        else if (row.kind === 'entry') out.entries.push(row.id);
        else out.bullets.push(row.id);
      }
      return out;
    }),
    set: db.transaction((jobId: number, kind: ItemKind, itemId: number, included: boolean) => {
      requireJob(jobId);
      if (itemExists[kind].get(itemId) === undefined) throw notFound(kind, itemId);
      if (included) include.run(jobId, kind, itemId);
      else exclude.run(jobId, kind, itemId);
    }),
    replace: db.transaction((jobId: number, excluded: Exclusions) => {
      requireJob(jobId);
      clear.run(jobId);
      const kinds: [ItemKind, number[]][] = [
        ['section', excluded.sections],
        ['entry', excluded.entries],
        ['bullet', excluded.bullets],
      ];
      for (const [kind, ids] of kinds) {
        for (const id of ids) {
          if (itemExists[kind].get(id) === undefined) throw notFound(kind, id);
          exclude.run(jobId, kind, id);
        }
      }
    }),
  };
}
