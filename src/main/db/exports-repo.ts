import type { ExportRecord, ExportScore } from '../../shared/domain-types';
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
  /** The file exactly as written, so it can be written again byte for byte. */
  bytes?: Uint8Array;
  /** The export options' template name, when there is one. */
  template?: string | null;
  /** 'pdf' unless said otherwise. */
  format?: string;
  score?: ExportScore;
}

/**
 * Records are append-only: the table refuses UPDATE (a trigger), and this repository offers none.
 * Deleting the job deletes its records (cascade); the exported files stay on disk.
 */
export interface ExportsRepo {
  add(record: NewExport): number;
  /** Newest first. */
  list(jobId: number): ExportRecord[];
  get(exportId: number): ExportRecord;
  /** The stored bytes; null for records made before bytes were kept. */
  bytes(exportId: number): Uint8Array | null;
}

interface ExportRow {
  id: number;
  jobId: number;
  createdAt: string;
  path: string;
  percent: number;
  bulletIds: string;
  bulletTexts: string;
  sha256: string;
  template: string | null;
  format: string;
  score: string | null;
  hasBytes: number;
}

const COLUMNS = `id, job_id AS jobId, created_at AS createdAt, path, percent, bullet_ids AS bulletIds,
  bullet_texts AS bulletTexts, sha256, template, format, score, bytes IS NOT NULL AS hasBytes`;

const toRecord = (row: ExportRow): ExportRecord => ({
  ...row,
  bulletIds: JSON.parse(row.bulletIds) as number[],
  bulletTexts: JSON.parse(row.bulletTexts) as string[],
  score: row.score === null ? null : (JSON.parse(row.score) as ExportScore),
  hasBytes: row.hasBytes === 1,
});

export function createExportsRepo(db: Db, now: () => Date): ExportsRepo {
  const jobExists = db.prepare('SELECT 1 FROM jobs WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO exports (job_id, created_at, path, percent, bullet_ids, bullet_texts, sha256, bytes, template,
                          format, score)
     VALUES (@jobId, @createdAt, @path, @percent, @bulletIds, @bulletTexts, @sha256, @bytes, @template,
             @format, @score)`,
  );
  const select = db.prepare(`SELECT ${COLUMNS} FROM exports WHERE job_id = ? ORDER BY id DESC`);
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM exports WHERE id = ?`);
  const selectBytes = db.prepare('SELECT bytes FROM exports WHERE id = ?');
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
        bytes: record.bytes === undefined ? null : Buffer.from(record.bytes),
        template: record.template ?? null,
        format: record.format ?? 'pdf',
        score: record.score === undefined ? null : JSON.stringify(record.score),
      });
      return Number(lastInsertRowid);
    }),
    list: db.transaction((jobId: number): ExportRecord[] => {
      requireJob(jobId);
      return (select.all(jobId) as ExportRow[]).map(toRecord);
    }),
    get: (exportId) => {
      const row = selectOne.get(exportId) as ExportRow | undefined;
      if (row === undefined) throw notFound('export', exportId);
      return toRecord(row);
    },
    bytes: (exportId) => {
      const row = selectBytes.get(exportId) as { bytes: Buffer | null } | undefined;
      if (row === undefined) throw notFound('export', exportId);
      return row.bytes === null ? null : new Uint8Array(row.bytes);
    },
  };
}
