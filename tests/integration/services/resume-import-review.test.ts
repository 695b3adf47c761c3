import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import { writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { bundledFonts, sampleMeta } from '../../fixtures/export-setup';
import type { Resume } from '../../../src/core/resume/resume';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { Envelope } from '../../../src/shared/contract';
import type { AppliedImport, ImportPlanView, RecognisedImport } from '../../../src/shared/domain-types';
import { withBackend } from '../backend-fixture';

// A résumé as a person would paste it: one entry the demo has (Parcelia), with the demo's first bullet
// and a new one, and one entry it does not have.
const pasted = `Amélie Laurent
amelie.laurent@example.com | +33 6 12 34 56 78

EXPERIENCE

Senior DevOps Engineer | Parcelia
Mar 2021 – Present
• Migrated 64 services from EC2 instances to AWS ECS on Fargate with Terraform modules, cutting compute spend by 31% (about €18k a month).
• Ran the on-call rotation for twelve engineers.

Platform Engineer | Nordlys AB
2016 – 2018
• Built the first Kubernetes cluster.

HOBBIES AND THINGS
Sailing
`;

const bulletTexts = (resume: Resume) =>
  resume.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));
const backups = (dir: string) => readdirSync(dir).filter((f) => f.includes('before-import-'));

describe('résumé import with a review, through dispatch()', () => {
  let ctx: ReturnType<typeof withBackend>;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(ctx.backend.handlers, channel, input)) as Envelope<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const refused = async (channel: string, input: unknown) => {
    const result = await dispatch(ctx.backend.handlers, channel, input);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  };
  beforeEach(() => {
    ctx = withBackend();
  });
  afterEach(() => ctx.dispose());

  it('reads a file into a draft, its notes by line and its source lines, and stores nothing', async () => {
    const before = await call<Resume>('getResume', undefined);
    const read = await call<RecognisedImport>('recogniseResumeFile', {
      name: 'amelie.txt',
      data: Buffer.from(pasted).toString('base64'),
    });
    expect(read.name).toBe('amelie.txt');
    expect(read.draft.profile.name).toBe('Amélie Laurent');
    expect(read.source[5]).toBe('Senior DevOps Engineer | Parcelia');
    const note = read.unsure.find((n) => n.message.includes('HOBBIES AND THINGS'));
    expect(note?.line).toBe(15);
    expect(read.source[(note?.line ?? 0) - 1]).toBe('HOBBIES AND THINGS');
    expect(await call<Resume>('getResume', undefined)).toEqual(before);
  });

  it('reads a PDF with its lines rebuilt, numbered as its notes are', async () => {
    const sample = readFileSync(
      fileURLToPath(new URL('../../fixtures/resumes/json-resume-sample.json', import.meta.url)),
      'utf8',
    );
    const pdf = await writeResumePdf(draftToResume(parseJsonResume(sample)), sampleMeta, bundledFonts());
    const read = await call<RecognisedImport>('recogniseResumeFile', {
      name: 'sample.pdf',
      data: Buffer.from(pdf.bytes).toString('base64'),
    });
    expect(read.draft.profile.name).toBe('Richard Hendriks');
    expect(read.source[0]).toBe('Richard Hendriks');
    for (const note of read.unsure) {
      if (note.line !== null) expect(read.source[note.line - 1]).toBeDefined();
    }
    // Every bullet of the draft is text of the source lines (a wrapped one is its lines joined).
    const source = read.source.join(' ');
    const bullets = read.draft.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets));
    expect(bullets.length).toBeGreaterThan(3);
    for (const bullet of bullets) expect(source).toContain(bullet.text);
  });

  it('shows the text of a Word file and of a LinkedIn export beside the draft, from the one read', async () => {
    const fixture = (name: string) =>
      readFileSync(fileURLToPath(new URL(`../../fixtures/resumes/${name}`, import.meta.url)));
    const word = await call<RecognisedImport>('recogniseResumeFile', {
      name: 'electrician-en.docx',
      data: fixture('electrician-en.docx').toString('base64'),
    });
    const wordText = word.source.join(' ');
    expect(wordText).toContain(word.draft.profile.name);
    const wordBullets = word.draft.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets));
    expect(wordBullets.length).toBeGreaterThan(3);
    for (const bullet of wordBullets) expect(wordText).toContain(bullet.text);
    for (const note of word.unsure) {
      if (note.line !== null) expect(word.source[note.line - 1]).toBeDefined();
    }

    const linkedIn = await call<RecognisedImport>('recogniseResumeFile', {
      name: 'linkedin-plumber-en.zip',
      data: fixture('linkedin-plumber-en.zip').toString('base64'),
    });
    expect(linkedIn.source).toContain('— Profile.csv —');
    expect(linkedIn.source).toContain('— Positions.csv —');
    const firstRole = linkedIn.draft.sections.flatMap((s) => s.entries)[0];
    expect(linkedIn.source.join('\n')).toContain(firstRole?.organization ?? 'no entry read');
  });

  it('reads pasted JSON Resume text as JSON, and refuses what it cannot read with a message', async () => {
    const read = await call<RecognisedImport>('recogniseResumeText', {
      text: JSON.stringify({
        basics: { name: 'Sam Okafor' },
        work: [{ name: 'Café Lune', position: 'Barista' }],
      }),
    });
    expect(read.name).toBe('Pasted text');
    expect(read.draft.sections[0]?.entries[0]).toMatchObject({ title: 'Barista', organization: 'Café Lune' });

    const empty = await refused('recogniseResumeFile', { name: 'empty.pdf', data: '' });
    expect(empty.message).toBe('empty.pdf is empty.');
    const odd = await refused('recogniseResumeFile', { name: 'photo.png', data: 'iVBORw0KGgo=' });
    expect(odd.message).toContain('photo.png is not one of them');
    const notBase64 = await refused('recogniseResumeFile', { name: 'a.txt', data: 'not base64!' });
    expect(notBase64.code).toBe('invalid-input');
  });

  it('merges: the matching entry updated, the new one added, nothing of the master lost', async () => {
    const before = await call<Resume>('getResume', undefined);
    const { draft } = await call<RecognisedImport>('recogniseResumeText', { text: pasted });
    const preview = await call<ImportPlanView>('previewResumeImport', { draft, mode: 'merge' });
    expect(preview.removals).toBe(0);
    expect(preview.jobsLosingChoices).toBe(0);
    expect(preview.changes.updatedEntries).toEqual(['Senior DevOps Engineer — Parcelia']);
    expect(preview.changes.addedEntries).toEqual(['Platform Engineer — Nordlys AB', 'Sailing']);
    const offer = preview.merge.offers[0];
    expect(offer?.newBullets).toEqual(['Ran the on-call rotation for twelve engineers.']);

    const applied = await call<AppliedImport>('applyResumeImport', { draft, mode: 'merge', removals: 0 });
    const after = applied.resume;
    // Every bullet the master had is still there, under the same ids, and the new ones came in.
    for (const text of bulletTexts(before)) expect(bulletTexts(after)).toContain(text);
    expect(bulletTexts(after)).toContain('Ran the on-call rotation for twelve engineers.');
    const parcelia = after.sections.flatMap((s) => s.entries).find((e) => e.organization === 'Parcelia');
    expect(parcelia?.id).toBe(offer?.storedId);
    expect(parcelia?.endDate).toBe('Present');
    const experience = after.sections.find((s) => s.kind === 'experience');
    expect(experience?.entries.map((e) => e.organization)).toContain('Nordlys AB');
    expect(after.sections.map((s) => s.title)).toContain('HOBBIES AND THINGS');
    expect(backups(ctx.dataDir)).toHaveLength(1);
  });

  it('replaces only when told the removals the user saw, and names them', async () => {
    const { draft } = await call<RecognisedImport>('recogniseResumeText', { text: pasted });
    const preview = await call<ImportPlanView>('previewResumeImport', { draft, mode: 'replace' });
    expect(preview.changes.removed.sections).toContain('Experience');
    expect(preview.removals).toBeGreaterThan(0);

    // A count that is not the one the summary gave (the résumé changed meanwhile): nothing stored, no backup.
    const stale = await refused('applyResumeImport', { draft, mode: 'replace', removals: 1 });
    expect(stale.message).toContain('Your résumé changed since this summary');
    expect(backups(ctx.dataDir)).toHaveLength(0);
    expect((await call<Resume>('getResume', undefined)).profile.headline).not.toBe('');

    const applied = await call<AppliedImport>('applyResumeImport', {
      draft,
      mode: 'replace',
      removals: preview.removals,
    });
    expect(applied.resume.sections.map((s) => s.title)).toEqual(['EXPERIENCE', 'HOBBIES AND THINGS']);
    expect(applied.resume.profile.headline).toBe('');
    expect(readFileSync(applied.backupPath).length).toBeGreaterThan(0);
  });

  it('refuses a draft over the résumé limits before anything is read or written', async () => {
    const { draft } = await call<RecognisedImport>('recogniseResumeText', { text: pasted });
    const huge = { ...draft, profile: { ...draft.profile, name: 'x'.repeat(501) } };
    const error = await refused('applyResumeImport', { draft: huge, mode: 'replace', removals: 0 });
    expect(error.code).toBe('too-large');
    expect(backups(ctx.dataDir)).toHaveLength(0);
  });
});
