import type { Job, JobSort, JobStatus, JobSummary } from '../../shared/domain-types';
import type { Db } from './db-types';
import { isSqliteError } from './driver-errors';
import { toFtsQuery } from './fts-query';
import { AppError } from '../../core/errors/app-error';
import { notFound } from './not-found';

export interface NewJob {
  title: string;
  company: string;
  location: string;
  /** What the user pasted, kept so a better converter can re-read it later. */
  rawText: string;
  /** The plain text the analysis and highlights index into. */
  text: string;
}

export interface JobFilter {
  /** Words to find in the title, company, location, posting text or notes (all of them). */
  query?: string;
  status?: JobStatus;
  /** 'score' is the service's to apply; the repository returns it newest first. */
  sort?: JobSort;
  limit?: number;
}

export interface JobChanges {
  status?: JobStatus;
  notes?: string;
  /** What the app read from the posting, as the user corrected it. */
  title?: string;
  company?: string;
  location?: string;
}

/** A row of the list without its match: the service adds that (null unless sorted by score). */
export type JobRow = Omit<JobSummary, 'match'>;

export interface JobsRepo {
  create(job: NewJob): Job;
  /** Newest first unless the filter sorts otherwise. */
  list(filter?: JobFilter): JobRow[];
  get(id: number): Job;
  /** The newest job whose posting text is exactly `text`, if one is saved. */
  findByText(text: string): Job | undefined;
  /**
   * Changing the status or notes stamps updatedAt (setting the value already stored changes nothing);
   * the first move to 'applied' stamps appliedAt.
   */
  update(id: number, changes: JobChanges): Job;
  /** The posting's text as the user corrected it (also kept as the raw paste: it is what they gave). */
  setText(id: number, text: string): Job;
  /** Also deletes the job's exclusions and export records (cascade); exported files stay on disk. */
  delete(id: number): void;
}

const COLUMNS = `j.id, j.title, j.company, j.location, j.created_at AS createdAt, j.status,
  j.applied_at AS appliedAt, j.updated_at AS updatedAt, j.notes,
  (SELECT COUNT(*) FROM exports e WHERE e.job_id = j.id) AS exportCount`;

export function createJobsRepo(db: Db, now: () => Date): JobsRepo {
  const findByText = db.prepare('SELECT id FROM jobs WHERE text = ? ORDER BY id DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO jobs (title, company, location, raw_text, text, created_at, updated_at)
     VALUES (@title, @company, @location, @rawText, @text, @createdAt, @createdAt)`,
  );
  const get = db.prepare(`SELECT ${COLUMNS}, j.text FROM jobs j WHERE j.id = ?`);
  // One statement per column: the full-text index is rewritten on any UPDATE naming `notes` (trigger),
  // so a status change must not name it.
  const setStatus = db.prepare(
    `UPDATE jobs SET status = @status, updated_at = @updatedAt,
            applied_at = CASE WHEN @status = 'applied' AND applied_at IS NULL THEN @updatedAt ELSE applied_at END
      WHERE id = @id`,
  );
  const setNotes = db.prepare('UPDATE jobs SET notes = @notes, updated_at = @updatedAt WHERE id = @id');
  const setHeader = db.prepare(
    `UPDATE jobs SET title = @title, company = @company, location = @location, updated_at = @updatedAt
      WHERE id = @id`,
  );
  const setText = db.prepare(
    'UPDATE jobs SET text = @text, raw_text = @text, updated_at = @updatedAt WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM jobs WHERE id = ?');
  // One prepared statement per shape of query (with or without search, status, n literal words, sort).
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const getJob = (id: number): Job => {
    const row = get.get(id) as Omit<Job, 'match'> | undefined;
    if (row === undefined) throw notFound('job', id);
    // The match is the jobs service's to compute (it needs the résumé and the dictionary).
    return { ...row, match: null };
  };

  const list = (filter: JobFilter = {}): JobRow[] => {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    let from = 'jobs j';
    let order = 'j.created_at DESC, j.id DESC';
    if (filter.query !== undefined && filter.query.trim() !== '') {
      const fts = toFtsQuery(filter.query);
      from = 'jobs_fts f JOIN jobs j ON j.id = f.rowid';
      where.push('jobs_fts MATCH @match');
      params.match = fts.match;
      fts.literals.forEach((literal, index) => {
        where.push(
          `instr(lower(j.title || ' ' || j.company || ' ' || j.location || ' ' || j.text || ' ' || j.notes), @literal${index}) > 0`,
        );
        params[`literal${index}`] = literal;
      });
      if (filter.sort === 'relevance') order = 'bm25(jobs_fts), j.id DESC';
    }
    if (filter.status !== undefined) {
      where.push('j.status = @status');
      params.status = filter.status;
    }
    if (filter.sort === 'updated') order = 'j.updated_at DESC, j.id DESC';
    const sql =
      `SELECT ${COLUMNS} FROM ${from}` +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      ` ORDER BY ${order} LIMIT @limit`;
    params.limit = filter.limit ?? -1;
    try {
      return prepared(sql).all(params) as JobRow[];
    } catch (error) {
      // The query is built to be valid FTS5; this is the safety net that still says what happened.
      if (isSqliteError(error) && /fts5/i.test(error.message)) {
        throw new AppError(
          'invalid-input',
          `The search "${filter.query}" could not be run: ${error.message}.`,
        );
      }
      throw error;
    }
  };

  return {
    create: db.transaction((job: NewJob): Job => {
      const createdAt = now().toISOString();
      const { lastInsertRowid } = insert.run({
        title: job.title,
        company: job.company,
        location: job.location,
        rawText: job.rawText,
        text: job.text,
        createdAt,
      });
      return getJob(Number(lastInsertRowid));
    }),
    list,
    get: getJob,
    findByText(text: string): Job | undefined {
      const row = findByText.get(text) as { id: number } | undefined;
      return row === undefined ? undefined : getJob(row.id);
    },
    update: db.transaction((id: number, changes: JobChanges): Job => {
      const current = getJob(id);
      const updatedAt = now().toISOString();
      if (changes.status !== undefined && changes.status !== current.status) {
        setStatus.run({ id, status: changes.status, updatedAt });
      }
      if (changes.notes !== undefined && changes.notes !== current.notes) {
        setNotes.run({ id, notes: changes.notes, updatedAt });
      }
      const header = {
        title: changes.title ?? current.title,
        company: changes.company ?? current.company,
        location: changes.location ?? current.location,
      };
      if (
        header.title !== current.title ||
        header.company !== current.company ||
        header.location !== current.location
      ) {
        setHeader.run({ id, ...header, updatedAt });
      }
      return getJob(id);
    }),
    setText: db.transaction((id: number, text: string): Job => {
      getJob(id);
      setText.run({ id, text, updatedAt: now().toISOString() });
      return getJob(id);
    }),
    delete: db.transaction((id: number) => {
      if (remove.run(id).changes === 0) throw notFound('job', id);
    }),
  };
}
