import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import type { Db } from '../../../src/main/db/db-types';
import { createRepositories, type Repositories } from '../../../src/main/db/repositories';
import { fields } from './entry-fields';
import { useTempDir } from './temp-dir';

const temp = useTempDir();
let db: Db;
let repos: Repositories;
let clock: number;

beforeEach(() => {
  db = temp.track(openDatabase(temp.path('app.sqlite'))).db;
  clock = Date.parse('2025-01-01T00:00:00Z');
  repos = createRepositories(db, { now: () => new Date((clock += 1000)) });
});

const posting = (title: string) => ({
  title,
  company: 'KaiOS',
  location: 'Remote',
  rawText: `<p>${title}</p>`,
  text: `${title}\nTerraform, HAProxy`,
});

const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('jobs repository', () => {
  it('creates, gets, and lists newest first', () => {
    const a = repos.jobs.create(posting('DevOps Engineer'));
    const b = repos.jobs.create(posting('SRE'));
    expect(a).toEqual({
      id: a.id,
      title: 'DevOps Engineer',
      company: 'KaiOS',
      location: 'Remote',
      createdAt: '2025-01-01T00:00:01.000Z',
      text: 'DevOps Engineer\nTerraform, HAProxy',
      status: 'saved',
      appliedAt: null,
      updatedAt: '2025-01-01T00:00:01.000Z',
      notes: '',
      exportCount: 0,
      match: null,
    });
    expect(repos.jobs.get(a.id)).toEqual(a);
    expect(repos.jobs.list().map((j) => j.title)).toEqual(['SRE', 'DevOps Engineer']);
    expect(repos.jobs.list()[0]).not.toHaveProperty('text');
    expect(db.prepare('SELECT raw_text AS raw FROM jobs WHERE id = ?').get(b.id)).toEqual({
      raw: '<p>SRE</p>',
    });
  });

  it('lists by id when two jobs share a timestamp', () => {
    repos = createRepositories(db, { now: () => new Date('2025-01-01T00:00:00Z') });
    repos.jobs.create(posting('first'));
    repos.jobs.create(posting('second'));
    expect(repos.jobs.list().map((j) => j.title)).toEqual(['second', 'first']);
  });

  it('deletes a job with its exclusions and export records', () => {
    const job = repos.jobs.create(posting('DevOps'));
    const section = repos.resume.addSection('custom', 'S');
    repos.exclusions.set(job.id, 'section', section, false);
    repos.exports.add({
      jobId: job.id,
      path: '/tmp/a.pdf',
      percent: 70,
      bulletIds: [],
      bulletTexts: [],
      sha256: 'ab',
    });
    expect(repos.jobs.list()[0]?.exportCount).toBe(1);
    repos.jobs.delete(job.id);
    expect([count('jobs'), count('job_exclusions'), count('exports')]).toEqual([0, 0, 0]);
    expect(() => repos.jobs.get(job.id)).toThrow(
      expect.objectContaining({ code: 'not-found' }) as unknown as Error,
    );
    expect(() => repos.jobs.delete(job.id)).toThrow(
      expect.objectContaining({ code: 'not-found' }) as unknown as Error,
    );
  });

  it('changes the status without rewriting the full-text index, and finds new notes', () => {
    const job = repos.jobs.create(posting('DevOps'));
    // Logs every statement that would make the index trigger re-insert the whole posting.
    db.exec(`CREATE TEMP TABLE index_rewrites (job_id INTEGER);
             CREATE TEMP TRIGGER log_index_rewrite AFTER UPDATE OF title, company, location, text, notes
               ON main.jobs BEGIN INSERT INTO index_rewrites VALUES (NEW.id); END;`);
    const rewrites = () => (db.prepare('SELECT COUNT(*) AS n FROM index_rewrites').get() as { n: number }).n;

    const applied = repos.jobs.update(job.id, { status: 'applied' });
    expect(applied.status).toBe('applied');
    expect(applied.appliedAt).toBe(applied.updatedAt);
    expect(rewrites()).toBe(0);

    const unchanged = repos.jobs.update(job.id, { status: 'applied', notes: '' });
    expect(unchanged.updatedAt).toBe(applied.updatedAt);
    expect(rewrites()).toBe(0);

    repos.jobs.update(job.id, { notes: 'Call Priya on Monday' });
    expect(rewrites()).toBe(1);
    expect(repos.jobs.list({ query: 'Priya' }).map((j) => j.id)).toEqual([job.id]);
    expect(repos.jobs.get(job.id).status).toBe('applied');
  });
});

describe('exclusions repository', () => {
  it('stores exclusions per job, idempotently, and includes again', () => {
    const job = repos.jobs.create(posting('A'));
    const other = repos.jobs.create(posting('B'));
    const s = repos.resume.addSection('experience', 'Experience');
    const e = repos.resume.addEntry(s, fields('E'));
    const b1 = repos.resume.addBullet(e, 'one');
    const b2 = repos.resume.addBullet(e, 'two');

    repos.exclusions.set(job.id, 'bullet', b2, false);
    repos.exclusions.set(job.id, 'bullet', b1, false);
    repos.exclusions.set(job.id, 'bullet', b1, false);
    repos.exclusions.set(job.id, 'entry', e, false);
    repos.exclusions.set(job.id, 'section', s, false);
    expect(repos.exclusions.get(job.id)).toEqual({ sections: [s], entries: [e], bullets: [b1, b2] });
    expect(repos.exclusions.get(other.id)).toEqual({ sections: [], entries: [], bullets: [] });

    repos.exclusions.set(job.id, 'bullet', b1, true);
    repos.exclusions.set(job.id, 'bullet', b1, true);
    expect(repos.exclusions.get(job.id).bullets).toEqual([b2]);
  });

  it('forgets exclusions of deleted items, including those deleted by a cascade', () => {
    const job = repos.jobs.create(posting('A'));
    const s = repos.resume.addSection('experience', 'Experience');
    const e = repos.resume.addEntry(s, fields('E'));
    const b = repos.resume.addBullet(e, 'one');
    repos.exclusions.set(job.id, 'bullet', b, false);
    repos.exclusions.set(job.id, 'entry', e, false);
    repos.exclusions.set(job.id, 'section', s, false);
    repos.resume.deleteSection(s);
    expect(repos.exclusions.get(job.id)).toEqual({ sections: [], entries: [], bullets: [] });
  });

  it('answers not-found for an unknown job or item', () => {
    const job = repos.jobs.create(posting('A'));
    const notFound = expect.objectContaining({ code: 'not-found' }) as unknown as Error;
    expect(() => repos.exclusions.get(999)).toThrow(notFound);
    expect(() => repos.exclusions.set(999, 'section', 1, false)).toThrow(notFound);
    expect(() => repos.exclusions.set(job.id, 'bullet', 999, false)).toThrow(notFound);
    expect(count('job_exclusions')).toBe(0);
  });
});

describe('exports repository', () => {
  it('records exports and lists them newest first with their bullet ids', () => {
    const job = repos.jobs.create(posting('A'));
    const first = repos.exports.add({
      jobId: job.id,
      path: '/home/a/Amélie – KaiOS.pdf',
      percent: 72.5,
      bulletIds: [3, 1, 2],
      bulletTexts: ['c', 'a', 'b'],
      sha256: 'f'.repeat(64),
      createdAt: '2025-02-03T04:05:06.000Z',
    });
    const second = repos.exports.add({
      jobId: job.id,
      path: '/tmp/b.pdf',
      percent: 80,
      bulletIds: [],
      bulletTexts: [],
      sha256: '0'.repeat(64),
    });
    expect(repos.exports.list(job.id)).toEqual([
      {
        id: second,
        jobId: job.id,
        createdAt: expect.any(String) as unknown as string,
        path: '/tmp/b.pdf',
        percent: 80,
        bulletIds: [],
        bulletTexts: [],
        sha256: '0'.repeat(64),
        template: null,
        format: 'pdf',
        score: null,
        hasBytes: false,
      },
      {
        id: first,
        jobId: job.id,
        createdAt: '2025-02-03T04:05:06.000Z',
        path: '/home/a/Amélie – KaiOS.pdf',
        percent: 72.5,
        bulletIds: [3, 1, 2],
        bulletTexts: ['c', 'a', 'b'],
        sha256: 'f'.repeat(64),
        template: null,
        format: 'pdf',
        score: null,
        hasBytes: false,
      },
    ]);
    expect(db.prepare('SELECT bullet_texts AS t FROM exports WHERE id = ?').get(first)).toEqual({
      t: '["c","a","b"]',
    });
  });

  it('refuses an export for an unknown job', () => {
    expect(() =>
      repos.exports.add({
        jobId: 42,
        path: '/x.pdf',
        percent: 1,
        bulletIds: [],
        bulletTexts: [],
        sha256: '',
      }),
    ).toThrow(expect.objectContaining({ code: 'not-found' }) as unknown as Error);
    expect(() => repos.exports.list(42)).toThrow(
      expect.objectContaining({ code: 'not-found' }) as unknown as Error,
    );
  });
});
