import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/core/layout/export-options';
import { TEMPLATE_NAMES } from '../../../src/core/layout/template-style';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import { writeResumeDocx } from '../../../src/main/adapters/docx-writer';
import { writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { bundledFonts, expectInOrder, rejoinBreaks, sampleMeta as meta } from '../../fixtures/export-setup';
import { flatten, poppler } from './pdf-tools';

const sample = draftToResume(
  parseJsonResume(
    readFileSync(
      fileURLToPath(new URL('../../fixtures/resumes/json-resume-sample.json', import.meta.url)),
      'utf8',
    ),
  ),
);

// What each JSON Resume section brings, in the order the résumé draws it.
const EXPECTED = [
  'Experience',
  'CEO/President',
  'http://piedpiper.example.com',
  'Pied Piper is a multi-platform technology',
  'Successfully won Techcrunch Disrupt',
  'Volunteering',
  'Global movement of free coding clubs for young people.',
  'Education',
  'Bachelor in Information Technology',
  '4.0',
  'Courses: DB1101 - Basic SQL, CS2011 - Java Introduction',
  'Projects',
  'missdirection.example.com',
  'A mapping engine that misguides you',
  'Awards',
  'Digital Compression Pioneer Award',
  'Techcrunch',
  'Nov 2014',
  'There is no spoon.',
  'Publications',
  'Video compression for 3d media',
  'Innovative middle-out compression algorithm',
  'Skills',
  'Web Development (Master): HTML, CSS, Javascript',
  'Languages',
  'English (Native speaker)',
  'Interests',
  'Wildlife: Ferrets, Unicorns',
  'References',
  'Erlich Bachman',
  'It is my pleasure to recommend Richard',
  'Profiles',
  'SoundCloud',
  'https://soundcloud.example.com/dandymusicnl',
  'Other',
  'Address: 2712 Broadway St',
  'Roles: Team lead, Designer',
];

describe('every JSON Resume section in the exports', () => {
  const fonts = bundledFonts();

  it.each(TEMPLATE_NAMES)('the %s PDF draws every section of the sample, in order', async (template) => {
    const pdf = await writeResumePdf(sample, meta, fonts, { template });
    const text = flatten(rejoinBreaks(poppler('pdftotext', pdf.bytes, ['-enc', 'UTF-8'])));
    expectInOrder(text, EXPECTED);
  });

  it('the .docx holds every section of the sample, in order', async () => {
    const bytes = await writeResumeDocx(sample, meta, DEFAULT_EXPORT_OPTIONS);
    const dir = mkdtempSync(join(tmpdir(), 'resume-docx-'));
    try {
      const file = join(dir, 'resume.docx');
      writeFileSync(file, bytes);
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
      const text = flatten(
        xml
          .replace(/<\/w:p>/g, '\n')
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&'),
      );
      // Word draws headings in capitals from the style: the text itself keeps the section's title.
      expectInOrder(
        text,
        EXPECTED.map((part) => (/^[A-Z]+$/.test(part) ? part.charAt(0) + part.slice(1).toLowerCase() : part)),
      );
      expect(xml).toContain('Native speaker');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
