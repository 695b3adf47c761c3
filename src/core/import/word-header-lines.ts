import { decodeEntities } from '../posting/html-entities';
import type { TextLine } from './text-lines';

const SECTION_PROPERTIES = /<w:sectPr\b[^>]*>([\s\S]*?)<\/w:sectPr>/;
const HEADER_REFERENCE = /<w:headerReference\b([^>]*)\/>/g;
const TITLE_PAGE = /<w:titlePg\b([^>]*)\/>/;
const RELATIONSHIP = /<Relationship\b([^>]*)\/>/g;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * The header part a reader sees at the top of the first page, by the first section's properties:
 * its "first" header when the section has a distinct title page (w:titlePg), else its "default"
 * one; undefined when there is none. A later page's header ("Kim Lee | Résumé, page 2") is not the
 * top of the résumé, so it is never read.
 */
export function firstPageHeaderPart(documentXml: string, relationshipsXml: string): string | undefined {
  const section = SECTION_PROPERTIES.exec(documentXml)?.[1];
  if (section === undefined) return undefined;
  const titlePage = TITLE_PAGE.exec(section);
  const distinctFirst =
    titlePage !== null && !/^(0|false|off)$/.test(attribute(titlePage[1] ?? '', 'w:val') ?? 'true');
  const wanted = distinctFirst ? 'first' : 'default';
  const reference = [...section.matchAll(HEADER_REFERENCE)].find(
    ([, attributes = '']) => attribute(attributes, 'w:type') === wanted,
  );
  const id = reference === undefined ? undefined : attribute(reference[1] ?? '', 'r:id');
  if (id === undefined) return undefined;
  const relationship = [...relationshipsXml.matchAll(RELATIONSHIP)].find(
    ([, attributes = '']) => attribute(attributes, 'Id') === id,
  );
  const target = relationship === undefined ? undefined : attribute(relationship[1] ?? '', 'Target');
  if (target === undefined) return undefined;
  return target.startsWith('/') ? target.slice(1) : `word/${target}`;
}

const PARAGRAPH = /<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g;
const RUN_TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g;

/**
 * The paragraphs of a Word header part (word/header1.xml) as lines, in the order written. mammoth
 * reads the body only, and many Word résumé templates keep the name and contact line in the page
 * header: without this they would be lost. Text runs only (w:t), tabs as a tab, line breaks as new
 * lines; fields (page numbers) hold no w:t and give nothing.
 */
export function wordHeaderLines(xml: string): TextLine[] {
  const lines: TextLine[] = [];
  for (const [, body = ''] of xml.matchAll(PARAGRAPH)) {
    let text = '';
    for (const [, run, mark] of body.matchAll(RUN_TEXT)) {
      if (mark === undefined) text += decodeEntities(run ?? '');
      else if (mark === 'tab') text += '\t';
      else {
        lines.push({ text: text.trim(), indent: 0 });
        text = '';
      }
    }
    lines.push({ text: text.trim(), indent: 0 });
  }
  return lines.filter((line) => line.text !== '');
}
