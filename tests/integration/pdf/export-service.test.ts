import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { compareReadingText } from '../../../src/core/layout/ats-check';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/core/layout/export-options';
import { extractPdfText } from '../../../src/main/adapters/pdf-text';
import { withBackend } from '../backend-fixture';
import { poppler } from './pdf-tools';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

async function setup() {
  const ctx = withBackend();
  cleanups.push(ctx.dispose);
  const { handlers } = ctx.backend;
  const [job] = await handlers.listJobs(undefined);
  if (job === undefined) throw new Error('the demo job is missing');
  return { ...ctx, handlers, jobId: job.id };
}

/** What a call throws (handlers may return a value or a promise). */
const failure = (call: () => unknown) =>
  Promise.resolve()
    .then(call)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('PDF options', () => {
  it('start at the defaults, are stored, and apply to the preview', async () => {
    const { handlers, jobId } = await setup();
    expect(await handlers.getExportOptions(undefined)).toEqual(DEFAULT_EXPORT_OPTIONS);
    const chosen = { template: 'modern', pageSize: 'letter', marginMm: 20, baseFontSize: 11 } as const;
    expect(await handlers.setExportOptions(chosen)).toEqual(chosen);
    expect(await handlers.getExportOptions(undefined)).toEqual(chosen);

    const preview = await handlers.previewPdf({ jobId });
    expect(poppler('pdfinfo', preview.bytes)).toMatch(/612 x 792 pts \(letter\)/);
    expect(poppler('pdffonts', preview.bytes)).toMatch(/\+OpenSans-Bold/);
  });
});

describe('the ATS round trip', () => {
  it('each preview carries what was drawn, and what a parser reads from its bytes matches it', async () => {
    const { handlers, jobId } = await setup();
    const resume = await handlers.getResume(undefined);
    const preview = await handlers.previewPdf({ jobId });
    expect(preview.pageCount).toBeGreaterThan(0);
    expect(preview.readingText.startsWith(resume.profile.name)).toBe(true);
    // The renderer does this read-back on the pdf.js document it draws; here main's reader does it.
    const ats = compareReadingText(preview.readingText, (await extractPdfText(preview.bytes)).pages);
    expect(ats.differences).toEqual([]);
    expect(ats.ok).toBe(true);
    expect(ats.extracted.startsWith(resume.profile.name)).toBe(true);
  });
});

describe('a toggle with the preview on screen', () => {
  it('brings back the new preview in the same answer, the same bytes previewPdf draws', async () => {
    const { handlers, jobId } = await setup();
    const before = await handlers.previewPdf({ jobId });
    const [bullet] = (await handlers.getTailoring({ jobId })).resume.sections.flatMap((s) =>
      s.entries.flatMap((e) => e.bullets),
    );
    if (bullet === undefined) throw new Error('the demo has bullets');
    const steps = [{ kind: 'bullet', id: bullet.id, included: false }] as const;
    const toggled = await handlers.setIncluded({ jobId, steps: [...steps], preview: {} });
    expect(toggled.excluded.bullets).toContain(bullet.id);
    if (toggled.preview === undefined) throw new Error('the preview was asked for');
    // The bullet is gone from what is drawn (its first words: lines break), and the bytes are exactly
    // what a separate read draws.
    const opening = bullet.text.split(' ').slice(0, 4).join(' ');
    expect(before.readingText).toContain(opening);
    expect(toggled.preview.readingText).not.toContain(opening);
    expect(toggled.preview.bytes).toEqual((await handlers.previewPdf({ jobId })).bytes);
    // Without `preview`, the answer is the tailoring alone.
    const back = await handlers.setIncluded({ jobId, steps: [{ ...steps[0], included: true }] });
    expect(back.preview).toBeUndefined();
    expect(back.excluded.bullets).not.toContain(bullet.id);
  });

  it('saves the change even when the preview cannot be drawn, and leaves the preview out', async () => {
    const { handlers, jobId } = await setup();
    const { profile, versions } = await handlers.getResume(undefined);
    await handlers.updateProfile({ ...profile, name: 'Zhang 张伟', version: versions.profile });
    const [bullet] = (await handlers.getTailoring({ jobId })).resume.sections.flatMap((s) =>
      s.entries.flatMap((e) => e.bullets),
    );
    if (bullet === undefined) throw new Error('the demo has bullets');
    const toggled = await handlers.setIncluded({
      jobId,
      steps: [{ kind: 'bullet', id: bullet.id, included: false }],
      preview: { onMissingGlyph: 'stop' },
    });
    expect(toggled.preview).toBeUndefined();
    expect((await handlers.getTailoring({ jobId })).excluded.bullets).toContain(bullet.id);
  });
});

describe('a character no bundled font can draw', () => {
  async function withName(name: string) {
    const ctx = await setup();
    const { profile, versions } = await ctx.handlers.getResume(undefined);
    await ctx.handlers.updateProfile({ ...profile, name, version: versions.profile });
    return ctx;
  }

  it('stops the export before any file is written, naming the character, code point and field', async () => {
    const { handlers, jobId, exportDir } = await withName('Zhang 张伟');
    const error = await failure(() => handlers.exportJobResume({ jobId }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unsupported-character');
    expect((error as AppError).message).toContain('"张" (U+5F20) in profile › name');
    expect(files(exportDir)).toEqual([]);
    const preview = await failure(() => handlers.previewPdf({ jobId }));
    expect((preview as AppError).code).toBe('unsupported-character');
  });

  it('refuses right-to-left text rather than drawing it backwards', async () => {
    const { handlers, jobId, exportDir } = await withName('Dana שלום');
    const error = (await failure(() => handlers.exportJobResume({ jobId }))) as AppError;
    expect(error.code).toBe('unsupported-character');
    expect(error.message).toContain('(U+05E9) in profile › name');
    expect(error.message).toContain('Right-to-left');
    expect(files(exportDir)).toEqual([]);
  });

  it('is drawn as a visible replacement mark when the user chooses, and the result says so', async () => {
    const { handlers, jobId } = await withName('Zhang 张伟');
    const result = await handlers.exportJobResume({ jobId, onMissingGlyph: 'replace' });
    if (result.status !== 'saved') throw new Error('not saved');
    expect(result.replaced).toEqual([
      { character: '张', codePoint: 'U+5F20', field: 'profile › name' },
      { character: '伟', codePoint: 'U+4F1F', field: 'profile › name' },
    ]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', result.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Zhang \uFFFD\uFFFD');
    expect(result.ats?.ok).toBe(true);
  });
});

describe('Word export', () => {
  it('writes a .docx with real headings, a real bullet list, and the bullets in order', async () => {
    const { handlers, jobId } = await setup();
    const resume = await handlers.getResume(undefined);
    const result = await handlers.exportJobResume({ jobId, format: 'docx' });
    if (result.status !== 'saved') throw new Error('not saved');
    expect(result.path).toMatch(/\.docx$/);
    expect(result.format).toBe('docx');
    expect(readFileSync(result.path).subarray(0, 2).toString()).toBe('PK');

    const xml = execFileSync('unzip', ['-p', result.path, 'word/document.xml'], { encoding: 'utf8' });
    const paragraphs = [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const textOf = (p: string) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1] ?? '')
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
    const headings = paragraphs.filter((p) => /w:pStyle w:val="Heading1"/.test(p)).map(textOf);
    expect(headings).toEqual(expect.arrayContaining(['Summary', 'Experience']));
    const listItems = paragraphs.filter((p) => /<w:numPr>/.test(p)).map(textOf);
    const experience = resume.sections.find((s) => s.kind === 'experience');
    const expected = (experience?.entries ?? []).flatMap((e) => e.bullets.map((b) => b.text.trim()));
    expect(expected.length).toBeGreaterThan(3);
    // Every experience bullet is a list item, in résumé order.
    let cursor = 0;
    for (const bullet of expected) {
      const at = listItems.indexOf(bullet, cursor);
      expect(at, bullet).toBeGreaterThanOrEqual(cursor);
      cursor = at + 1;
    }
    expect(
      paragraphs.some((p) => /w:pStyle w:val="Title"/.test(p) && textOf(p) === resume.profile.name),
    ).toBe(true);
    const core = execFileSync('unzip', ['-p', result.path, 'docProps/core.xml'], { encoding: 'utf8' });
    expect(core).toContain(`<dc:creator>${resume.profile.name}</dc:creator>`);
  });
});
