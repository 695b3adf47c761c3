import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readPostingFile } from '../../../src/main/adapters/posting-file';
import { MAX_POSTING_FILE_BYTES } from '../../../src/shared/limits';

// A posting written for this test, as a hospital's careers page would state it.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Careers</title>
<script type="application/ld+json">{"@type":"JobPosting","title":"Staff Nurse – Cardiology",
"hiringOrganization":{"name":"Riverside Hospital"},"jobLocation":{"address":{"addressLocality":"Leeds"}}}</script>
</head><body><h1>Staff Nurse – Cardiology</h1><h2>Requirements</h2>
<ul><li>Experience with wound care and phlebotomy</li><li>Microsoft Excel for rotas</li></ul></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'rt-postfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);

const cliKeywords = (file: string) => {
  const run = spawnSync(process.execPath, ['out/node/cli.mjs', 'keywords', file], {
    encoding: 'utf8',
    env: { ...process.env, RESUME_TAILOR_DATA_DIR: join(dir, 'no-data') },
  });
  return { status: run.status, stderr: run.stderr, json: run.status === 0 ? JSON.parse(run.stdout) : null };
};
const skills = (answer: { required: { skill: string }[] }) => answer.required.map((hit) => hit.skill);

describe('opening a posting saved as a file', () => {
  it('reads a saved web page as its text and keeps the HTML, so its JobPosting data names the job', async () => {
    const read = await readPostingFile('nurse.html', bytes(PAGE));
    expect(read.format).toBe('html');
    expect(read.text).toContain('wound care');
    expect(read.text).not.toContain('<li>');
    expect(read.html).toBe(PAGE);
    const file = join(dir, 'nurse.html');
    writeFileSync(file, PAGE);
    const { json } = cliKeywords(file);
    expect([json.title, json.company, json.location]).toEqual([
      'Staff Nurse – Cardiology',
      'Riverside Hospital',
      'Leeds',
    ]);
    expect(skills(json)).toEqual(expect.arrayContaining(['Wound Care', 'Phlebotomy', 'Microsoft Excel']));
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'reads a PDF printed by Chromium, with no skill from its footer URL',
    async () => {
      const html = join(dir, 'print.html');
      const pdf = join(dir, 'print.pdf');
      writeFileSync(html, PAGE);
      const print = spawnSync(
        '/usr/bin/chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          `--print-to-pdf=${pdf}`,
          html,
        ],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(existsSync(pdf), print.stderr).toBe(true);
      const read = await readPostingFile('print.pdf', readFileSync(pdf));
      expect(read.format).toBe('pdf');
      expect(read.text).toContain('Experience with wound care and phlebotomy');
      const { json, stderr } = cliKeywords(pdf);
      expect(json, stderr).not.toBeNull();
      expect(skills(json)).toEqual(expect.arrayContaining(['Wound Care', 'Phlebotomy', 'Microsoft Excel']));
      // Chromium prints the file's address in the footer: "print.html" is a path, not the skill HTML.
      expect(skills(json)).not.toContain('HTML');
    },
  );

  it('reads a Word document', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            'Warehouse Operative',
            'Requirements',
            'Forklift licence',
            'Stock control experience',
          ].map((line) => new Paragraph(line)),
        },
      ],
    });
    const read = await readPostingFile('job.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(read.format).toBe('docx');
    expect(read.text.split('\n').filter(Boolean)).toEqual([
      'Warehouse Operative',
      'Requirements',
      'Forklift licence',
      'Stock control experience',
    ]);
  });

  it.each([
    ['empty.txt', new Uint8Array(0), /is empty/],
    [
      'old.doc',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /old Word \(\.doc\)/,
    ],
    ['fake.pdf', bytes('%PDF-1.7 this is not really a pdf'), /could not be read as a PDF/],
    ['fake.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), /not a Word document/],
    [
      'photo.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      /not a text, web page, PDF or Word file/,
    ],
  ])('refuses %s with a message that names it', async (name, data, message) => {
    await expect(readPostingFile(name, data)).rejects.toMatchObject({ code: 'invalid-input', message });
    await expect(readPostingFile(name, data)).rejects.toThrow(name);
  });

  it('refuses a Word posting that would unpack past the limits (a zip bomb), before inflating it', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': bytes('<Types/>'),
      '_rels/.rels': bytes('<Relationships/>'),
      'word/document.xml': new Uint8Array(17 * 1024 * 1024),
    });
    await expect(readPostingFile('job.docx', bomb)).rejects.toMatchObject({
      code: 'too-large',
      details: { reason: 'zip-bomb' },
    });
  });

  it('refuses a file over the size limit before reading it, and the CLI stops reading /dev/zero', async () => {
    await expect(
      readPostingFile('big.txt', new Uint8Array(MAX_POSTING_FILE_BYTES + 1)),
    ).rejects.toMatchObject({
      code: 'too-large',
    });
    const { status, stderr } = cliKeywords('/dev/zero');
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/larger than/);
  });
});
