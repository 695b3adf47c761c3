import { beforeEach, describe, expect, it } from 'vitest';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';
import { openDatabase } from '../../../src/main/db/connection';
import type { Db } from '../../../src/main/db/db-types';
import { createRepositories, type Repositories } from '../../../src/main/db/repositories';
import { fields } from './entry-fields';
import { useTempDir } from './temp-dir';

const temp = useTempDir();
let db: Db;
let repos: Repositories;

beforeEach(() => {
  db = temp.track(openDatabase(temp.path('app.sqlite'))).db;
  repos = createRepositories(db);
});

const count = (table: 'sections' | 'entries' | 'bullets' | 'job_exclusions') =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('resume repository', () => {
  it('starts with an empty profile and no sections', () => {
    expect(repos.resume.getResume()).toEqual({
      profile: { name: '', headline: '', email: '', phone: '', location: '', website: '', summary: '' },
      sections: [],
    });
    expect(repos.resume.isEmpty()).toBe(true);
  });

  it('round-trips the profile, Unicode included', () => {
    const profile = {
      name: 'Amélie Laurent',
      headline: 'DevOps — Cloud',
      email: 'a@example.com',
      phone: '+33 6',
      location: 'Lyon, FR',
      website: 'https://example.com',
      summary: 'Line one\nLine two 🚀 Pyth\u200Bon',
    };
    repos.resume.updateProfile(profile);
    expect(repos.resume.getResume().profile).toEqual(profile);
    expect(repos.resume.isEmpty()).toBe(false);
  });

  it('round-trips sections, entries and bullets in the order they were added', () => {
    const exp = repos.resume.addSection('experience', 'Experience');
    const skills = repos.resume.addSection('skills', 'Skills');
    const first = repos.resume.addEntry(
      exp,
      fields('SRE', { organization: 'Acme', startDate: '2020', endDate: 'Present' }),
    );
    const second = repos.resume.addEntry(exp, fields('Dev', { location: 'Lyon' }));
    const b1 = repos.resume.addBullet(first, 'Cut costs 31%');
    const b2 = repos.resume.addBullet(first, 'Ran Kafka');
    const b3 = repos.resume.addBullet(second, 'Wrote Go');
    const cloud = repos.resume.addEntry(skills, fields('Cloud'));
    repos.resume.addBullet(cloud, 'AWS');

    const resume = repos.resume.getResume();
    expect(resume.sections.map((s) => [s.id, s.kind, s.title])).toEqual([
      [exp, 'experience', 'Experience'],
      [skills, 'skills', 'Skills'],
    ]);
    expect(resume.sections[0]?.entries).toEqual([
      {
        id: first,
        ...fields('SRE', { organization: 'Acme', startDate: '2020', endDate: 'Present' }),
        bullets: [
          { id: b1, text: 'Cut costs 31%', variants: [] },
          { id: b2, text: 'Ran Kafka', variants: [] },
        ],
      },
      {
        id: second,
        ...fields('Dev', { location: 'Lyon' }),
        bullets: [{ id: b3, text: 'Wrote Go', variants: [] }],
      },
    ]);
  });

  it('keeps positions after deletes in the middle and appends after the last', () => {
    const s = repos.resume.addSection('custom', 'S');
    const e = repos.resume.addEntry(s, fields('E'));
    const ids = ['a', 'b', 'c', 'd'].map((t) => repos.resume.addBullet(e, t));
    repos.resume.deleteBullet(ids[1] as number);
    repos.resume.addBullet(e, 'e');
    repos.resume.updateBullet(ids[2] as number, 'C');
    expect(repos.resume.getResume().sections[0]?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      'a',
      'C',
      'd',
      'e',
    ]);
  });

  it('updates and renames', () => {
    const s = repos.resume.addSection('education', 'Educaiton');
    const e = repos.resume.addEntry(s, fields('BSc'));
    repos.resume.renameSection(s, 'Education');
    repos.resume.updateEntry(e, fields('MSc', { organization: 'Université Grenoble Alpes' }));
    const section = repos.resume.getResume().sections[0];
    expect(section?.title).toBe('Education');
    expect(section?.entries[0]).toMatchObject({ title: 'MSc', organization: 'Université Grenoble Alpes' });
  });

  it('cascades deletes from sections to entries to bullets', () => {
    const s = repos.resume.addSection('experience', 'Experience');
    const keep = repos.resume.addSection('skills', 'Skills');
    const e = repos.resume.addEntry(s, fields('A'));
    repos.resume.addBullet(e, 'x');
    repos.resume.addBullet(repos.resume.addEntry(keep, fields('B')), 'y');
    repos.resume.deleteEntry(e);
    expect(count('bullets')).toBe(1);
    repos.resume.addBullet(repos.resume.addEntry(s, fields('C')), 'z');
    repos.resume.deleteSection(s);
    expect([count('sections'), count('entries'), count('bullets')]).toEqual([1, 1, 1]);
    expect(repos.resume.getResume().sections.map((x) => x.id)).toEqual([keep]);
  });

  it('never reuses the id of a deleted item', () => {
    const s = repos.resume.addSection('custom', 'S');
    const e = repos.resume.addEntry(s, fields('E'));
    const b = repos.resume.addBullet(e, 'old');
    repos.resume.deleteBullet(b);
    expect(repos.resume.addBullet(e, 'new')).toBeGreaterThan(b);
  });

  it('answers not-found for ids that do not exist, and changes nothing', () => {
    const s = repos.resume.addSection('custom', 'S');
    const calls: [string, () => unknown][] = [
      ['renameSection', () => repos.resume.renameSection(999, 'x')],
      ['deleteSection', () => repos.resume.deleteSection(999)],
      ['addEntry', () => repos.resume.addEntry(999, fields('x'))],
      ['updateEntry', () => repos.resume.updateEntry(999, fields('x'))],
      ['deleteEntry', () => repos.resume.deleteEntry(999)],
      ['addBullet', () => repos.resume.addBullet(999, 'x')],
      ['updateBullet', () => repos.resume.updateBullet(999, 'x')],
      ['deleteBullet', () => repos.resume.deleteBullet(999)],
    ];
    for (const [name, call] of calls) {
      expect(call, name).toThrow(
        expect.objectContaining({
          code: 'not-found',
          details: { what: expect.any(String), id: 999 },
        }) as unknown as Error,
      );
    }
    expect(repos.resume.getResume().sections).toEqual([{ id: s, kind: 'custom', title: 'S', entries: [] }]);
  });

  const draft: ResumeDraft = {
    profile: { name: 'Zoë', headline: 'SRE', email: '', phone: '', location: '', website: '', summary: '' },
    sections: [
      {
        kind: 'experience',
        title: 'Experience',
        entries: [
          { ...fields('SRE', { organization: 'Acme' }), bullets: [{ text: 'one' }, { text: 'two' }] },
          { ...fields('Dev'), bullets: [] },
        ],
      },
      { kind: 'skills', title: 'Skills', entries: [{ ...fields('Cloud'), bullets: [{ text: 'AWS' }] }] },
    ],
  };

  it('replaces the whole résumé with a draft, keeping its order', () => {
    repos.resume.addBullet(
      repos.resume.addEntry(repos.resume.addSection('custom', 'Old'), fields('old')),
      'old',
    );
    repos.resume.replaceResume(draft);
    const resume = repos.resume.getResume();
    expect(resume.profile.name).toBe('Zoë');
    expect(
      resume.sections.map((s) => ({
        kind: s.kind,
        title: s.title,
        entries: s.entries.map(({ id: _id, bullets, ...rest }) => ({
          ...rest,
          bullets: bullets.map((b) => ({ text: b.text })),
        })),
      })),
    ).toEqual(draft.sections);
  });

  it('changes nothing when a draft is invalid', () => {
    const s = repos.resume.addSection('custom', 'Keep me');
    const bad = { ...draft, sections: [{ kind: 'nope', title: 'x', entries: [] }] } as unknown as ResumeDraft;
    expect(() => repos.resume.replaceResume(bad)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }) as unknown as Error,
    );
    expect(repos.resume.getResume().sections.map((x) => x.id)).toEqual([s]);
  });

  it('rolls back a replace that fails half-way', () => {
    const s = repos.resume.addSection('custom', 'Keep me');
    db.exec(`CREATE TEMP TRIGGER fail_on_boom BEFORE INSERT ON bullets WHEN NEW.text = 'boom'
             BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END`);
    const failing: ResumeDraft = {
      ...draft,
      sections: [
        {
          kind: 'custom',
          title: 'T',
          entries: [{ ...fields('E'), bullets: [{ text: 'ok' }, { text: 'boom' }] }],
        },
      ],
    };
    expect(() => repos.resume.replaceResume(failing)).toThrow(/simulated/);
    expect(repos.resume.getResume().sections.map((x) => [x.id, x.title])).toEqual([[s, 'Keep me']]);
    expect(repos.resume.getResume().profile.name).toBe('');
  });
});
