import type { ExportRecord } from '../../shared/domain-types';
import type { Db } from './db-types';
import { notFound } from './not-found';

/** What one export sent: kept so the user can see later exactly which bullets went to which employer. */
export interface NewExport {
  jobId: number;
  path: string;
  percent: number;
  bulletIds: number[];
  /** The bullets' wording at export time; the résumé may be edited afterwards. */
  bulletTexts: string[];
  sha256: string;
  /** ISO time of the export; now if left out. Services pass the stamp they also wrote into the PDF. */
  createdAt?: string;
}

export interface ExportsRepo {
  add(record: NewExport): number;
  /** Newest first. */
  list(jobId: number): ExportRecord[];
}

interface ExportRow {
  id: number;
  jobId: number;
  createdAt: string;
  path: string;
  percent: number;
  bulletIds: string;
  sha256: string;
}

export function createExportsRepo(db: Db, now: () => Date): ExportsRepo {
  const jobExists = db.prepare('SELECT 1 FROM jobs WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO exports (job_id, created_at, path, percent, bullet_ids, bullet_texts, sha256)
     VALUES (@jobId, @createdAt, @path, @percent, @bulletIds, @bulletTexts, @sha256)`,
  );
  const select = db.prepare(
    `SELECT id, job_id AS jobId, created_at AS createdAt, path, percent, bullet_ids AS bulletIds, sha256
       FROM exports WHERE job_id = ? ORDER BY id DESC`,
  );
  const requireJob = (jobId: number): void => {
    if (jobExists.get(jobId) === undefined) throw notFound('job', jobId);
  };

  return {
    add: db.transaction((record: NewExport): number => {
      requireJob(record.jobId);
      const { lastInsertRowid } = insert.run({
        jobId: record.jobId,
        createdAt: record.createdAt ?? now().toISOString(),
        path: record.path,
        percent: record.percent,
        bulletIds: JSON.stringify(record.bulletIds),
        bulletTexts: JSON.stringify(record.bulletTexts),
        sha256: record.sha256,
      });
      return Number(lastInsertRowid);
    }),
    list: db.transaction((jobId: number): ExportRecord[] => {
      requireJob(jobId);
      return (select.all(jobId) as ExportRow[]).map((row) => ({
        ...row,
        bulletIds: JSON.parse(row.bulletIds) as number[],
      }));
    }),
  };
}
