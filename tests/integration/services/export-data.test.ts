import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import type { Resume } from '../../../src/core/resume/resume';
import { isListKind, type SectionKind } from '../../../src/core/resume/section';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { withBackend } from '../backend-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function setup() {
  const ctx = withBackend();
  cleanups.push(ctx.dispose);
  return ctx;
}

interface Tree {
  sections: { kind: Resume['sections'][number]['kind']; entries: { bullets: { text: string }[] }[] }[];
}
const bulletTexts = (resume: Tree, which: (kind: string) => boolean = () => true) =>
  resume.sections
    .filter((s) => which(s.kind))
    .flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));

describe('exporting the master résumé as JSON Resume and plain text', () => {
  it('writes a JSON Resume that imports back to the same résumé, and a text with every bullet', async () => {
    const { backend } = setup();
    const { handlers } = backend;
    const resume = await handlers.getResume(undefined);

    const json = await handlers.exportMasterResume({ format: 'json' });
    if (json.status !== 'saved') throw new Error('not saved');
    expect(json.path).toMatch(/Amélie Laurent - Résumé\.json$/);
    const back = parseJsonResume(readFileSync(json.path, 'utf8'));
    expect(back.profile).toEqual(resume.profile);
    expect(bulletTexts(back)).toEqual(bulletTexts(resume));

    const txt = await handlers.exportMasterResume({ format: 'txt' });
    if (txt.status !== 'saved') throw new Error('not saved');
    const text = readFileSync(txt.path, 'utf8');
    expect(text.startsWith('Amélie Laurent\n')).toBe(true);
    for (const bullet of bulletTexts(resume, (kind) => !isListKind(kind as SectionKind))) {
      expect(text).toContain(`\n- ${bullet}\n`);
    }
    expect(text).toContain('\nCloud (Advanced): AWS, ECS');
  });

  it('exports the résumé tailored for a job without the bullets turned off, and records it', async () => {
    const { backend } = setup();
    const { handlers } = backend;
    const [job] = await handlers.listJobs(undefined);
    if (job === undefined) throw new Error('the demo job is missing');
    const resume = await handlers.getResume(undefined);
    const off = resume.sections[0]!.entries[0]!.bullets[0]!;
    await handlers.setIncluded({ jobId: job.id, steps: [{ kind: 'bullet', id: off.id, included: false }] });

    for (const format of ['json', 'txt'] as const) {
      const result = await handlers.exportJobResume({ jobId: job.id, format });
      if (result.status !== 'saved') throw new Error('not saved');
      expect(result.path.endsWith(`.${format}`)).toBe(true);
      const written = readFileSync(result.path, 'utf8');
      expect(written).not.toContain(off.text);
      expect(written).toContain(resume.sections[0]!.entries[0]!.bullets[1]!.text);
    }
    expect((await handlers.listExports({ jobId: job.id })).map((r) => r.format)).toEqual(
      expect.arrayContaining(['json', 'txt']),
    );
  });

  it('refuses a format the master export does not write, through the contract', async () => {
    const { backend } = setup();
    const reply = await dispatch(backend.handlers, 'exportMasterResume', { format: 'pdf' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
