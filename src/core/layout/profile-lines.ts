import type { Profile } from '../resume/profile';
import { emailLink, websiteLink } from './contact-links';
import { fieldRows, type RowField } from './field-rows';
import {
  flowLine,
  keepAllWithNext,
  keepParagraphTogether,
  type FlowLine,
  type TemplateContext,
} from './flow-line';
import { breakLines } from './line-breaking';
import { toDrawnText } from './drawn-text';
import { sectionHeadingLines } from './section-heading';
import { FIELD_STYLES, SUMMARY_TITLE } from './template-style';

/**
 * Name, headline, then the contact line: who, what they do, how to reach them, the order a recruiter
 * reads a letterhead in (and the first lines a parser reads), kept together on page one.
 */
export function profileLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const name = nameLines(profile, ctx);
  const headline = headlineLines(profile, ctx);
  const contact = contactLines(profile, ctx);
  const firstAfterName = headline[0] ?? contact[0];
  if (firstAfterName !== undefined && name.length > 0)
    firstAfterName.spaceBefore = ctx.base * ctx.template.spacing.afterName;
  const firstContact = contact[0];
  if (firstContact !== undefined && headline.length > 0)
    firstContact.spaceBefore = ctx.base * ctx.template.spacing.afterHeadline;
  const lines = [...name, ...headline, ...contact];
  if (ctx.template.headerAlign === 'center') lines.forEach((line) => centre(line, ctx.contentWidth));
  keepAllWithNext(lines);
  const last = lines[lines.length - 1];
  if (last !== undefined) last.keepWithNext = false;
  return [...lines, ...summaryLines(profile, ctx)];
}

/** Moves a line's runs right by half its free width; links follow (they are placed from the runs). */
function centre(line: FlowLine, contentWidth: number): void {
  const end = line.runs.reduce((right, run) => Math.max(right, run.x + run.width), 0);
  const shift = Math.max(0, (contentWidth - end) / 2);
  for (const run of line.runs) run.x += shift;
}

function nameLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.name;
  const style = FIELD_STYLES.name;
  const text = toDrawnText(profile.name);
  if (text === '') return [];
  return breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line): FlowLine => ({
    ...flowLine(line, size, style),
    tone: 'accent',
  }));
}

function headlineLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.headline;
  const style = FIELD_STYLES.headline;
  const text = toDrawnText(profile.headline);
  if (text === '') return [];
  return breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line): FlowLine => ({
    ...flowLine(line, size, style),
    tone: 'headline',
  }));
}

/**
 * Email, phone, location and website, each its own run; email and website are links. An item is never
 * split (fieldRows wraps between items, and never leaves one alone on the last row when it can help it).
 */
function contactLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.contact;
  const style = FIELD_STYLES.contact;
  const email = toDrawnText(profile.email);
  const website = toDrawnText(profile.website);
  const fields: RowField[] = [
    { text: email, style, url: emailLink(email) },
    { text: toDrawnText(profile.phone), style },
    { text: toDrawnText(profile.location), style },
    { text: website, style, url: websiteLink(website) },
  ];
  const rows = fieldRows(fields, { text: ctx.template.symbols.fieldSeparator, style }, size, ctx);
  return rows.map((runs) => ({ size, style, runs, spaceBefore: 0, keepWithNext: false, ruleBelow: false }));
}

function summaryLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const text = toDrawnText(profile.summary);
  if (text === '') return [];
  const size = ctx.base * ctx.template.sizes.body;
  const style = FIELD_STYLES.summary;
  const body = breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line, i) =>
    flowLine(line, size, style, { spaceBefore: i === 0 ? ctx.base * ctx.template.spacing.afterHeading : 0 }),
  );
  return [...sectionHeadingLines(SUMMARY_TITLE, ctx), ...keepParagraphTogether(body)];
}
