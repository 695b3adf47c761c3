import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { readResumeFile } from '../../../src/main/import/read-resume-file';
import { MAX_RESUME_FILE_BYTES } from '../../../src/shared/limits';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/resumes/${name}`, import.meta.url))));

/** What reading rejects with (undefined when it reads). */
const failure = (bytes: Uint8Array, name: string) =>
  readResumeFile(bytes, name).then(
    () => undefined,
    (e: unknown) => e as AppError,
  );

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The archive with every header saying `name` unpacks to `size` bytes: the zip bomb that passes a
 * check of declared sizes. Both the central directory and the local header are rewritten, as a
 * hand-made bomb would be.
 */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const named = (at: number, nameAt: number) =>
    nameBytes.every((byte, i) => out[at + nameAt + i] === byte) &&
    view.getUint16(at + (nameAt === 46 ? 28 : 26), true) === nameBytes.length;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === LOCAL_HEADER && named(at, 30)) view.setUint32(at + 22, size, true);
    if (signature === CENTRAL_HEADER && named(at, 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

// A .docx of the parts mammoth needs, around `documentXml`, with any other parts given.
function docx(documentXml: Uint8Array, more: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    ...more,
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': documentXml,
  });
}
const wordXml = (text: string) =>
  strToU8(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );

describe('reading a .docx résumé', () => {
  it('reads the pandoc-made fixtures: profile, sections by Word style, entries and bullets', async () => {
    const { draft } = await readResumeFile(fixture('electrician-en.docx'), 'electrician-en.docx');
    expect(draft.profile).toMatchObject({ name: 'Dan Whitfield', email: 'dan.whitfield@example.net' });
    expect(draft.sections.map((s) => s.kind)).toEqual([
      'experience',
      'education',
      'certificates',
      'skills',
      'languages',
    ]);
    expect(draft.sections[0]?.entries[0]).toMatchObject({
      title: 'Approved Electrician',
      organization: 'Avon Valley Electrical',
      startDate: 'Apr 2018',
      endDate: 'Present',
    });
  });

  it('reads a résumé laid out in a table, row by row', async () => {
    const { draft } = await readResumeFile(fixture('chef-en.docx'), 'chef-en.docx');
    const jobs = draft.sections.find((s) => s.kind === 'experience')?.entries ?? [];
    expect(jobs.map((e) => [e.title, e.organization, e.startDate, e.endDate, e.bullets.length])).toEqual([
      ['Head Chef', 'The Copper Pan, Manchester', 'Jan 2020', 'Present', 3],
      ['Sous Chef', 'Hotel Albion, Leeds', 'Mar 2016', 'Dec 2019', 2],
    ]);
  });

  it('reads the name and contact line from the first page’s header, which mammoth leaves out', async () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>Welder</w:t></w:r></w:p><w:p><w:r><w:t>Acme | 2019 – 2021</w:t></w:r></w:p>' +
      '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>';
    const bytes = docx(
      strToU8(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`,
      ),
      {
        'word/_rels/document.xml.rels': strToU8(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
        ),
        'word/header1.xml': strToU8(
          '<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Kim Lee</w:t></w:r></w:p><w:p><w:r><w:t>kim@example.com | 07700 900123</w:t></w:r></w:p></w:hdr>',
        ),
      },
    );
    const { draft } = await readResumeFile(bytes, 'kim.docx');
    expect(draft.profile).toMatchObject({ name: 'Kim Lee', email: 'kim@example.com', phone: '07700 900123' });
    expect(draft.sections[0]?.entries[0]).toMatchObject({ title: 'Welder', organization: 'Acme' });
  });

  it('never unpacks an image: a huge one in the package does not count against the limits', async () => {
    const bytes = docx(wordXml('Kim Lee'), { 'word/media/image1.png': new Uint8Array(17 * 1024 * 1024) });
    const { draft } = await readResumeFile(bytes, 'kim.docx');
    expect(draft.profile.name).toBe('Kim Lee');
  });
});

describe('reading a LinkedIn data export', () => {
  it('reads the archive’s résumé files and ignores the rest (Connections.csv)', async () => {
    const { draft, unsure } = await readResumeFile(fixture('linkedin-plumber-en.zip'), 'export.zip');
    expect(draft.profile).toMatchObject({
      name: 'Tom Brennan',
      email: 'tom.brennan@example.ie',
      phone: '+353 87 123 4567',
      website: 'https://brennanplumbing.example.ie',
    });
    expect(JSON.stringify(draft)).not.toContain('Aoife');
    expect(unsure).toEqual(['Profile.csv: Address left out: private details a résumé does not show']);
  });

  it('never unpacks the export’s other files: a huge Connections.csv does not count against the limits', async () => {
    const bytes = zipSync({
      'Connections.csv': new Uint8Array(17 * 1024 * 1024),
      'Profile.csv': strToU8('First Name,Last Name\nKim,Lee\n'),
    });
    const { draft } = await readResumeFile(bytes, 'export.zip');
    expect(draft.profile.name).toBe('Kim Lee');
  });

  it('reads export files kept in a folder of the archive', async () => {
    const bytes = zipSync({
      'Basic_LinkedInDataExport/Profile.csv': strToU8('First Name,Last Name\nKim,Lee\n'),
    });
    const { draft } = await readResumeFile(bytes, 'export.zip');
    expect(draft.profile.name).toBe('Kim Lee');
  });
});

describe('hostile and broken résumé files: a typed message, nothing read past the limits', () => {
  it('refuses an empty file, naming it empty', async () => {
    for (const name of ['cv.docx', 'export.zip']) {
      const error = await failure(new Uint8Array(), name);
      expect(error).toBeInstanceOf(AppError);
      expect(error?.message).toMatch(/empty \(0 bytes\)/);
    }
  });

  it('refuses a truncated .docx and a truncated export as damaged or cut short', async () => {
    const docxBytes = fixture('electrician-en.docx');
    const cut = await failure(docxBytes.subarray(0, docxBytes.length / 2), 'cv.docx');
    expect(cut?.code).toBe('invalid-input');
    expect(cut?.message).toContain('damaged, cut short');
    const zipBytes = fixture('linkedin-plumber-en.zip');
    const cutZip = await failure(zipBytes.subarray(0, zipBytes.length - 30), 'export.zip');
    expect(cutZip?.message).toContain('damaged, cut short');
  });

  it('says what a file is when it is not what its extension says', async () => {
    const pdfAsDocx = await failure(fixture('password-protected.pdf'), 'cv.docx');
    expect(pdfAsDocx?.message).toBe(
      'This file is named as a Word file (.docx) but it is a PDF. Rename it to .pdf and open it again.',
    );
    const textAsZip = await failure(fixture('nurse-en.txt'), 'export.zip');
    expect(textAsZip?.message).toContain('LinkedIn export (.zip) but it is plain text');
    const exportAsDocx = await failure(fixture('linkedin-plumber-en.zip'), 'cv.docx');
    expect(exportAsDocx?.message).toContain('not a Word document');
    const docxAsZip = await failure(fixture('chef-en.docx'), 'export.zip');
    expect(docxAsZip?.message).toContain('not a LinkedIn data export');
  });

  it('says a password-protected Word file is protected', async () => {
    // Office keeps an encrypted .docx in a compound file with an "EncryptionInfo" stream: its magic
    // number and that stream's name in UTF-16 are what the check reads (a hand-made stand-in).
    const bytes = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    const error = await failure(new Uint8Array(bytes), 'cv.docx');
    expect(error?.details?.reason).toBe('encrypted');
    expect(error?.message).toContain('protected by a password');
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', async () => {
    // 17 MB of zeros deflate to ~17 KB: past the per-file caps of both readers (16 MB, 8 MB).
    const zeros = new Uint8Array(17 * 1024 * 1024);
    const bombs: [Uint8Array, string][] = [
      [docx(zeros), 'cv.docx'],
      [zipSync({ 'Positions.csv': zeros }), 'export.zip'],
    ];
    for (const [bytes, name] of bombs) {
      expect(bytes.length).toBeLessThan(MAX_RESUME_FILE_BYTES);
      const error = await failure(bytes, name);
      expect(error?.code).toBe('too-large');
      expect(error?.details?.reason).toBe('zip-bomb');
    }
  });

  it('stops a zip bomb whose headers lie about its size at the size they declare', async () => {
    const bytes = lieAboutSize(
      zipSync({ 'Positions.csv': new Uint8Array(17 * 1024 * 1024) }),
      'Positions.csv',
      1000,
    );
    const error = await failure(bytes, 'export.zip');
    expect(error?.code).toBe('too-large');
    expect(error?.details?.reason).toBe('zip-bomb');
    const word = lieAboutSize(docx(new Uint8Array(17 * 1024 * 1024)), 'word/document.xml', 2000);
    expect((await failure(word, 'cv.docx'))?.details?.reason).toBe('zip-bomb');
  });

  it('refuses a file over the size cap before reading it, whatever its type', async () => {
    const big = new Uint8Array(MAX_RESUME_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    for (const name of ['cv.docx', 'export.zip', 'cv.pdf', 'cv.txt']) {
      const error = await failure(big, name);
      expect(error?.code).toBe('too-large');
      expect(error?.message).toContain(`${name} is 20.0 MB; a résumé file can be at most 20 MB.`);
    }
  });

  it('refuses a Word file with no text', async () => {
    const error = await failure(docx(wordXml('')), 'cv.docx');
    expect(error?.message).toContain('no text in it');
  });
});
