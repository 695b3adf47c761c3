import type { Job, JobSummary } from '../../shared/domain-types';
import type { Db } from './db-types';
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

export interface JobsRepo {
  create(job: NewJob): Job;
  /** Newest first. */
  list(): JobSummary[];
  get(id: number): Job;
  /** Also deletes the job's exclusions and export records (cascade); exported files stay on disk. */
  delete(id: number): void;
}

export function createJobsRepo(db: Db, now: () => Date): JobsRepo {
  const insert = db.prepare(
    `INSERT INTO jobs (title, company, location, raw_text, text, created_at)
     VALUES (@title, @company, @location, @rawText, @text, @createdAt)`,
  );
  const list = db.prepare(
    'SELECT id, title, company, location, created_at AS createdAt FROM jobs ORDER BY created_at DESC, id DESC',
  );
  const get = db.prepare(
    'SELECT id, title, company, location, created_at AS createdAt, text FROM jobs WHERE id = ?',
  );
  const remove = db.prepare('DELETE FROM jobs WHERE id = ?');

  const getJob = (id: number): Job => {
    const row = get.get(id) as Job | undefined;
    if (row === undefined) throw notFound('job', id);
    return row;
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
    list: () => list.all() as JobSummary[],
    get: getJob,
    delete: db.transaction((id: number) => {
      if (remove.run(id).changes === 0) throw notFound('job', id);
    }),
  };
}
