import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/core/layout/export-options';
import { writeResumeDocx } from '../../../src/main/adapters/docx-writer';
import { sampleMeta as meta } from '../../fixtures/export-setup';
import { sampleResume } from '../../fixtures/resume-sample';

/** Runs `unzip` on the bytes (written to a temporary file) and returns its stdout. */
function unzip(bytes: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'resume-docx-'));
  try {
    const file = join(dir, 'resume.docx');
    writeFileSync(file, bytes);
    return execFileSync('unzip', [...args.slice(0, 1), file, ...args.slice(1)], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('writeResumeDocx', () => {
  it('is deterministic: the same input gives the same bytes, a new date gives new bytes', async () => {
    const first = await writeResumeDocx(sampleResume(), meta, DEFAULT_EXPORT_OPTIONS);
    // Past a zip timestamp's two-second resolution, so a clock-dated package could not match by luck.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const again = await writeResumeDocx(sampleResume(), meta, DEFAULT_EXPORT_OPTIONS);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);

    const later = await writeResumeDocx(
      sampleResume(),
      { ...meta, createdAt: new Date('2025-02-03T04:05:06Z') },
      DEFAULT_EXPORT_OPTIONS,
    );
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
  });

  it('is dated from meta.createdAt, inside and in the zip, and the archive is sound', async () => {
    const bytes = await writeResumeDocx(sampleResume(), meta, DEFAULT_EXPORT_OPTIONS);
    expect(unzip(bytes, ['-t'])).toMatch(/No errors detected/);
    const core = unzip(bytes, ['-p', 'docProps/core.xml']);
    expect(core).toMatch(/<dcterms:created [^>]*>2024-05-01T10:00:00(\.000)?Z</);
    expect(core).toMatch(/<dcterms:modified [^>]*>2024-05-01T10:00:00(\.000)?Z</);
    expect(core).toContain('<dc:creator>José Müller-Peña</dc:creator>');
    // `unzip -l` prints each entry's date: every one is the export's.
    const listed = unzip(bytes, ['-l'])
      .split('\n')
      .filter((line) => /\.(xml|rels)$/.test(line));
    expect(listed.length).toBeGreaterThan(5);
    for (const line of listed) expect(line).toMatch(/2024-05-01 10:00/);
  });

  it('keeps the email and website links working', async () => {
    const resume = sampleResume();
    const bytes = await writeResumeDocx(resume, meta, DEFAULT_EXPORT_OPTIONS);
    const document = unzip(bytes, ['-p', 'word/document.xml']);
    const rels = unzip(bytes, ['-p', 'word/_rels/document.xml.rels']);
    const targets = new Map(
      [...rels.matchAll(/<Relationship [^>]*\/>/g)].map(([tag]) => [
        /\bId="([^"]+)"/.exec(tag)?.[1],
        /\bTarget="([^"]+)"/.exec(tag)?.[1],
      ]),
    );
    const linked = [...document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map(([, id]) =>
      targets.get(id),
    );
    expect(linked).toEqual([`mailto:${resume.profile.email}`, expect.stringContaining('josemuller.dev')]);
  });
});
