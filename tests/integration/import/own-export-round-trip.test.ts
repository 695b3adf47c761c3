// Issue #9, "our own exports read back perfectly": a résumé exported by the app as a PDF (every
// template, A4 and Letter) or a .docx (every template) and imported again gives back the same résumé,
// field for field, section titles as the user typed them (the PDF sets headings apart by size and
// weight, not capitals). Plain text has nothing but capitals to set a heading apart, so its titles come
// back in the capitals the export wrote, and every other field exactly (the importer invents no casing).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resumeToText } from '../../../src/core/export/resume-to-text';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { DEFAULT_EXPORT_OPTIONS, exportLayoutOptions } from '../../../src/core/layout/export-options';
import { PAGE_SIZES, type PageSizeName } from '../../../src/core/layout/layout-options';
import { TEMPLATE_NAMES, type TemplateName } from '../../../src/core/layout/template-style';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import type { Resume } from '../../../src/core/resume/resume';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';
import { writeResumeDocx } from '../../../src/main/adapters/docx-writer';
import { writeResumePdf } from '../../../src/main/adapters/pdf-writer';
import { readResumeFile } from '../../../src/main/import/read-resume-file';
import { bundledFonts, sampleMeta as meta } from '../../fixtures/export-setup';
import { unicodeResume } from '../../fixtures/unicode-resume';

const fonts = bundledFonts();
const demoPath = fileURLToPath(new URL('../../../resources/demo/demo-resume.json', import.meta.url));
const demoResume = () => draftToResume(parseJsonResume(readFileSync(demoPath, 'utf8')));
const RESUMES: [string, () => Resume][] = [
  ['the demo résumé', demoResume],
  ['a Greek, Cyrillic and accented résumé with € and long bullets', unicodeResume],
];

const PDF_LAYOUTS = TEMPLATE_NAMES.flatMap((template) =>
  (Object.keys(PAGE_SIZES) as PageSizeName[]).map((size): [TemplateName, PageSizeName] => [template, size]),
);

/** The résumé as an import gives it: no ids, no bullet variants (they are never exported). */
function asDraft(resume: Resume, sectionTitle: (title: string) => string = (title) => title): ResumeDraft {
  return {
    profile: resume.profile,
    sections: resume.sections.map(({ kind, title, entries }) => ({
      kind,
      title: sectionTitle(title),
      entries: entries.map(({ id: _id, bullets, ...fields }) => ({
        ...fields,
        bullets: bullets.map(({ text }) => ({ text })),
      })),
    })),
  };
}

describe.each(RESUMES)('%s, exported and imported again', (_name, make) => {
  const resume = make();

  it.each(PDF_LAYOUTS)(
    'as a PDF (%s, %s): every field, bullet for bullet, titles as written',
    async (template, pageSize) => {
      const options = { ...DEFAULT_EXPORT_OPTIONS, template, pageSize };
      const pdf = await writeResumePdf(resume, meta, fonts, exportLayoutOptions(options));
      const { draft } = await readResumeFile(pdf.bytes, 'resume.pdf');
      expect(draft).toEqual(asDraft(resume));
    },
  );

  it.each(TEMPLATE_NAMES)(
    'as a .docx (%s): every field, bullet for bullet, titles as written',
    async (template) => {
      const bytes = await writeResumeDocx(resume, meta, { ...DEFAULT_EXPORT_OPTIONS, template });
      const { draft } = await readResumeFile(bytes, 'resume.docx');
      expect(draft).toEqual(asDraft(resume));
    },
  );
});

// Plain text has only capitals to mark a heading, and a line in capitals over dates is also how a
// company is written ("ACME CORP" / "Engineer | 2019 – 2022"): the reader takes it for the company, so
// a custom title straight over a dated entry (the Unicode résumé's) is the one thing text cannot carry.
it('the demo résumé as plain text: every field, bullet for bullet; section titles in the capitals written', async () => {
  const resume = demoResume();
  const { draft } = await readResumeFile(new TextEncoder().encode(resumeToText(resume)), 'resume.txt');
  expect(draft).toEqual(asDraft(resume, (title) => title.toUpperCase()));
});
