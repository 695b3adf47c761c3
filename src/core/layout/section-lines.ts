import { courseList, type Entry } from '../resume/entry';
import { DEFAULT_SECTION_TITLES, isListKind, type Section } from '../resume/section';
import { websiteLink } from './contact-links';
import { fieldRows, type RowField } from './field-rows';
import { flowLine, keepParagraphTogether, type FlowLine, type TemplateContext } from './flow-line';
import { breakLines, type StyledText } from './line-breaking';
import { toDrawnText } from './drawn-text';
import { sectionHeadingLines } from './section-heading';
import { COURSES_TITLE, FIELD_STYLES } from './template-style';

/** A section's heading and entries; nothing at all when no entry has anything to draw. */
export function sectionLines(section: Section, ctx: TemplateContext): FlowLine[] {
  const entries = section.entries
    .map((entry) => (isListKind(section.kind) ? skillLines(entry, ctx) : entryLines(entry, ctx)))
    .filter((lines) => lines.length > 0);
  if (entries.length === 0) return [];

  entries.forEach((lines, i) => {
    const first = lines[0];
    if (first === undefined) return;
    if (i === 0) first.spaceBefore = ctx.base * ctx.template.spacing.afterHeading;
  });
  const title = toDrawnText(section.title) || DEFAULT_SECTION_TITLES[section.kind];
  return [...sectionHeadingLines(title, ctx), ...entries.flat()];
}

/** An entry's header (title, organization, dates, location), its summary, courses and bullets. */
function entryLines(entry: Entry, ctx: TemplateContext): FlowLine[] {
  const header = entryHeaderLines(entry, ctx);
  const prose = [...summaryLines(entry, ctx), ...courseLines(entry, ctx)];
  const bullets = entry.bullets
    .map((bullet) => toDrawnText(bullet.text))
    .filter((text) => text !== '')
    .map((text, i) => bulletLines(text, ctx, i === 0 && header.length + prose.length > 0));

  // The header stays with what follows: a job title alone at the bottom of a page reads as a gap.
  for (const line of header) line.keepWithNext = true;
  const last = header[header.length - 1];
  if (last !== undefined && bullets.length === 0 && prose.length === 0) last.keepWithNext = false;

  const lines = [...header, ...prose, ...bullets.flat()];
  const first = lines[0];
  if (first !== undefined) first.spaceBefore = ctx.base * ctx.template.spacing.beforeEntry;
  return lines;
}

function entryDates(entry: Entry, ctx: TemplateContext): string {
  const start = toDrawnText(entry.startDate);
  const end = toDrawnText(entry.endDate);
  if (start !== '' && end !== '') return `${start}${ctx.template.symbols.dateRange}${end}`;
  return start || end;
}

/**
 * The title in bold on its own line, then organization, location and dates on one line below, each
 * its own run, all left-aligned. Right-aligned dates look tidy but poppler-based parsers (pdftotext)
 * read them as a second column and move them away from their entry.
 */
function entryHeaderLines(entry: Entry, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.body;
  const title = toDrawnText(entry.title);
  const titleLines =
    title === ''
      ? []
      : breakLines(
          [{ text: title, style: FIELD_STYLES.entryTitle }],
          () => ctx.contentWidth,
          size,
          ctx.measure,
        ).map((line) => flowLine(line, size, FIELD_STYLES.entryTitle));
  const url = toDrawnText(entry.url);
  const fields: RowField[] = [
    { text: toDrawnText(entry.organization), style: FIELD_STYLES.organization },
    { text: toDrawnText(entry.location), style: FIELD_STYLES.location },
    { text: entryDates(entry, ctx), style: FIELD_STYLES.dates },
    { text: toDrawnText(entry.detail), style: FIELD_STYLES.detail },
    { text: url, style: FIELD_STYLES.entryUrl, url: websiteLink(url) },
  ];
  const separator = { text: ctx.template.symbols.fieldSeparator, style: FIELD_STYLES.location };
  const metaLines = fieldRows(fields, separator, size, ctx).map((runs, i): FlowLine => ({
    size,
    style: FIELD_STYLES.organization,
    runs,
    spaceBefore: i === 0 && titleLines.length > 0 ? ctx.base * ctx.template.spacing.beforeEntryMeta : 0,
    keepWithNext: false,
    ruleBelow: false,
  }));
  return [...titleLines, ...metaLines];
}

/** The entry's own prose (a job's summary, an award's text, a reference) as a paragraph. */
function summaryLines(entry: Entry, ctx: TemplateContext): FlowLine[] {
  const text = toDrawnText(entry.summary);
  if (text === '') return [];
  const size = ctx.base * ctx.template.sizes.body;
  const style = FIELD_STYLES.entrySummary;
  const lines = breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line, i) =>
    flowLine(line, size, style, {
      spaceBefore: i === 0 ? ctx.base * ctx.template.spacing.beforeEntryMeta : 0,
    }),
  );
  return keepParagraphTogether(lines);
}

/** An education's courses on one line: "Courses: A, B, C", drawn like a skills line. */
function courseLines(entry: Entry, ctx: TemplateContext): FlowLine[] {
  const courses = courseList(entry.courses)
    .map(toDrawnText)
    .filter((text) => text !== '');
  if (courses.length === 0) return [];
  return listLine(COURSES_TITLE, courses, ctx, ctx.base * ctx.template.spacing.beforeEntryMeta);
}

/** "•" as its own run, then the text with a hanging indent; wrapped lines continue under the text. */
function bulletLines(text: string, ctx: TemplateContext, first: boolean): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.body;
  const style = FIELD_STYLES.bullet;
  const indent = ctx.base * ctx.template.spacing.bulletTextIndent;
  const broken = breakLines([{ text, style }], () => ctx.contentWidth - indent, size, ctx.measure);
  const lines = broken.map((line, i) => {
    const spaceBefore =
      i > 0
        ? 0
        : ctx.base * (first ? ctx.template.spacing.beforeFirstBullet : ctx.template.spacing.beforeBullet);
    return flowLine(line, size, style, { indent, spaceBefore });
  });
  const symbol = ctx.template.symbols.bullet;
  lines[0]?.runs.unshift({
    x: ctx.base * ctx.template.spacing.bulletIndent,
    text: symbol,
    style,
    width: ctx.measure(symbol, style, size),
  });
  return keepParagraphTogether(lines);
}

/**
 * A skills, interests or languages entry is one line (wrapping if it must): "Title (detail): item,
 * item" with the title bold; the detail is a skill's level or a language's fluency.
 */
function skillLines(entry: Entry, ctx: TemplateContext): FlowLine[] {
  const name = toDrawnText(entry.title);
  const detail = toDrawnText(entry.detail);
  const title = name !== '' && detail !== '' ? `${name} (${detail})` : name || detail;
  const items = entry.bullets.map((bullet) => toDrawnText(bullet.text)).filter((text) => text !== '');
  return listLine(title, items, ctx, ctx.base * ctx.template.spacing.beforeSkill);
}

function listLine(title: string, items: string[], ctx: TemplateContext, spaceBefore: number): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.body;
  const pieces: StyledText[] = [];
  if (title !== '') {
    const end = items.length > 0 ? ctx.template.symbols.skillTitleEnd : '';
    pieces.push({ text: title + end, style: FIELD_STYLES.skillTitle });
  }
  if (items.length > 0) {
    const joined = items.join(ctx.template.symbols.skillItemSeparator);
    pieces.push({ text: title === '' ? joined : ` ${joined}`, style: FIELD_STYLES.skillItems });
  }
  if (pieces.length === 0) return [];
  const lines = breakLines(pieces, () => ctx.contentWidth, size, ctx.measure).map((line, i) =>
    flowLine(line, size, FIELD_STYLES.skillItems, { spaceBefore: i === 0 ? spaceBefore : 0 }),
  );
  return keepParagraphTogether(lines);
}
