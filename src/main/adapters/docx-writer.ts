import type { Paragraph as DocxParagraph, ParagraphChild } from 'docx';
import { emailLink, websiteLink } from '../../core/layout/contact-links';
import { PAGE_SIZES } from '../../core/layout/layout-options';
import { toDrawnText } from '../../core/layout/drawn-text';
import type { ExportOptions } from '../../core/layout/export-options';
import { COURSES_TITLE, SUMMARY_TITLE } from '../../core/layout/template-style';
import { TEMPLATES } from '../../core/layout/templates';
import { courseList, type Entry } from '../../core/resume/entry';
import type { Resume } from '../../core/resume/resume';
import { DEFAULT_SECTION_TITLES, isListKind, type Section } from '../../core/resume/section';
import type { PdfMeta } from './pdf-writer';
import { readZipEntries, writeZip, type ZipEntry } from './zip-entries';

/** Word's names for the bundled families; Word substitutes a close font where they are not installed. */
const WORD_FONTS = {
  'dejavu-sans': 'DejaVu Sans',
  'open-sans': 'Open Sans',
  'liberation-serif': 'Liberation Serif',
} as const;
const TWIPS_PER_POINT = 20;
const TWIPS_PER_MM = 1440 / 25.4;

type Docx = typeof import('docx');

/**
 * The same tailored résumé as a .docx: name as the title, section headings as Heading 1, entry titles
 * as Heading 2, bullets as a real Word bullet list, the email and website as hyperlinks. Application
 * portals parse these styles, not the look. `docx` is imported on first use: the CLI's PDF export and
 * the app's start never pay for it.
 */
export async function writeResumeDocx(
  resume: Resume,
  meta: PdfMeta,
  options: ExportOptions,
): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, Packer } = docx;
  const template = TEMPLATES[options.template];
  const size = PAGE_SIZES[options.pageSize];
  const margin = Math.round(options.marginMm * TWIPS_PER_MM);
  const halfPoints = (points: number) => Math.round(points * 2);
  const base = options.baseFontSize;

  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords.join(', '),
    description: meta.subject === '' ? 'Résumé' : `Résumé for ${meta.subject}`,
    styles: {
      default: {
        document: { run: { font: WORD_FONTS[template.fontFamily], size: halfPoints(base) } },
        title: { run: { size: halfPoints(base * template.sizes.name), bold: true } },
        heading1: { run: { size: halfPoints(base * template.sizes.heading), bold: true, allCaps: true } },
        heading2: { run: { size: halfPoints(base), bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: size.width * TWIPS_PER_POINT, height: size.height * TWIPS_PER_POINT },
            margin: { top: margin, right: margin, bottom: margin, left: margin },
          },
        },
        children: [
          ...profileParagraphs(docx, resume, template.symbols.fieldSeparator),
          ...resume.sections.flatMap((section) => sectionParagraphs(docx, section, template.symbols)),
        ],
      },
    ],
  });
  return reproducible(new Uint8Array(await Packer.toBuffer(document)), meta.createdAt);
}

/**
 * `docx` stamps the package with the clock (the created and modified dates in docProps/core.xml, the
 * time of every zip entry) and names hyperlink relationships with Math.random ids, so the same résumé
 * gave different bytes on every export. The package is written again dated from `createdAt` (the
 * export record's date), with those ids numbered in document order: the same input, the same bytes.
 */
function reproducible(bytes: Uint8Array, createdAt: Date): Uint8Array {
  const date = Number.isNaN(createdAt.getTime()) ? new Date(0) : createdAt;
  const entries = readZipEntries(bytes);
  const rels = entries.find((entry) => entry.name === 'word/_rels/document.xml.rels');
  const ids = new Map<string, string>();
  for (const [, id] of textOf(rels).matchAll(/\bId="([^"]+)"/g)) {
    if (id !== undefined && !/^rId\d+$/.test(id)) ids.set(`"${id}"`, `"rIdLink${ids.size + 1}"`);
  }
  const stamp = date.toISOString();
  return writeZip(
    entries.map((entry) => {
      if (!/\.(xml|rels)$/.test(entry.name)) return entry;
      let text = textOf(entry);
      if (entry.name === 'docProps/core.xml') {
        text = text.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`);
      }
      for (const [random, numbered] of ids) text = text.replaceAll(random, numbered);
      return { name: entry.name, data: new Uint8Array(Buffer.from(text, 'utf8')) };
    }),
    date,
  );
}

const textOf = (entry: ZipEntry | undefined) =>
  entry === undefined ? '' : Buffer.from(entry.data).toString('utf8');

function profileParagraphs(docx: Docx, resume: Resume, separator: string): DocxParagraph[] {
  const { Paragraph, TextRun, ExternalHyperlink, HeadingLevel } = docx;
  const profile = resume.profile;
  const out: DocxParagraph[] = [];
  const name = toDrawnText(profile.name);
  if (name !== '') out.push(new Paragraph({ text: name, heading: HeadingLevel.TITLE }));
  // Name, headline, contact: the PDF's order (profile-lines.ts).
  const headline = toDrawnText(profile.headline);
  if (headline !== '') out.push(new Paragraph({ text: headline }));

  const email = toDrawnText(profile.email);
  const website = toDrawnText(profile.website);
  const contact: { text: string; url?: string | undefined }[] = [
    { text: email, url: emailLink(email) },
    { text: toDrawnText(profile.phone) },
    { text: toDrawnText(profile.location) },
    { text: website, url: websiteLink(website) },
  ].filter((field) => field.text !== '');
  const children: ParagraphChild[] = [];
  contact.forEach((field, i) => {
    if (i > 0) children.push(new TextRun(separator));
    children.push(
      field.url === undefined
        ? new TextRun(field.text)
        : new ExternalHyperlink({
            link: field.url,
            children: [new TextRun({ text: field.text, style: 'Hyperlink' })],
          }),
    );
  });
  if (children.length > 0) out.push(new Paragraph({ children }));

  const summary = toDrawnText(profile.summary);
  if (summary !== '') {
    out.push(new Paragraph({ text: SUMMARY_TITLE, heading: HeadingLevel.HEADING_1 }));
    out.push(new Paragraph({ text: summary }));
  }
  return out;
}

function sectionParagraphs(
  docx: Docx,
  section: Section,
  symbols: (typeof TEMPLATES)['classic']['symbols'],
): DocxParagraph[] {
  const { Paragraph, HeadingLevel } = docx;
  const entries = section.entries.flatMap((entry) =>
    isListKind(section.kind) ? skillParagraphs(docx, entry, symbols) : entryParagraphs(docx, entry, symbols),
  );
  if (entries.length === 0) return [];
  const title = toDrawnText(section.title) || DEFAULT_SECTION_TITLES[section.kind];
  return [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...entries];
}

function entryParagraphs(
  docx: Docx,
  entry: Entry,
  symbols: (typeof TEMPLATES)['classic']['symbols'],
): DocxParagraph[] {
  const { Paragraph, TextRun, HeadingLevel, ExternalHyperlink } = docx;
  const out: DocxParagraph[] = [];
  const title = toDrawnText(entry.title);
  if (title !== '') out.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }));
  const start = toDrawnText(entry.startDate);
  const end = toDrawnText(entry.endDate);
  const dates = start !== '' && end !== '' ? `${start}${symbols.dateRange}${end}` : start || end;
  const meta = [
    { text: toDrawnText(entry.organization), italics: false },
    { text: toDrawnText(entry.location), italics: true },
    { text: dates, italics: true },
    { text: toDrawnText(entry.detail), italics: true },
  ].filter((field) => field.text !== '');
  const url = toDrawnText(entry.url);
  const link = websiteLink(url);
  if (meta.length > 0 || url !== '') {
    const children: ParagraphChild[] = [];
    meta.forEach((field, i) => {
      if (i > 0) children.push(new TextRun(symbols.fieldSeparator));
      children.push(new TextRun({ text: field.text, italics: field.italics }));
    });
    if (url !== '') {
      if (meta.length > 0) children.push(new TextRun(symbols.fieldSeparator));
      children.push(
        link === undefined
          ? new TextRun(url)
          : new ExternalHyperlink({ link, children: [new TextRun({ text: url, style: 'Hyperlink' })] }),
      );
    }
    out.push(new Paragraph({ children }));
  }
  const summary = toDrawnText(entry.summary);
  if (summary !== '') out.push(new Paragraph({ text: summary }));
  const courses = courseList(entry.courses)
    .map(toDrawnText)
    .filter((text) => text !== '');
  if (courses.length > 0) {
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${COURSES_TITLE}${symbols.skillTitleEnd} `, bold: true }),
          new TextRun(courses.join(symbols.skillItemSeparator)),
        ],
      }),
    );
  }
  for (const bullet of entry.bullets) {
    const text = toDrawnText(bullet.text);
    if (text !== '') out.push(new Paragraph({ text, bullet: { level: 0 } }));
  }
  return out.length === 0 ? [] : out;
}

function skillParagraphs(
  docx: Docx,
  entry: Entry,
  symbols: (typeof TEMPLATES)['classic']['symbols'],
): DocxParagraph[] {
  const { Paragraph, TextRun } = docx;
  const name = toDrawnText(entry.title);
  const detail = toDrawnText(entry.detail);
  const title = name !== '' && detail !== '' ? `${name} (${detail})` : name || detail;
  const items = entry.bullets.map((bullet) => toDrawnText(bullet.text)).filter((text) => text !== '');
  if (title === '' && items.length === 0) return [];
  const children = [];
  if (title !== '')
    children.push(
      new TextRun({ text: items.length > 0 ? `${title}${symbols.skillTitleEnd} ` : title, bold: true }),
    );
  if (items.length > 0) children.push(new TextRun(items.join(symbols.skillItemSeparator)));
  return [new Paragraph({ children })];
}
