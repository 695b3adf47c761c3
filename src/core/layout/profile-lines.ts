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
import { normalizeText } from './normalize-text';
import { sectionHeadingLines } from './section-heading';
import { FIELD_STYLES, SUMMARY_TITLE } from './template-style';

/** Name, contact line and headline: the first lines a parser reads, kept together on page one. */
export function profileLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const lines = [...nameLines(profile, ctx), ...contactLines(profile, ctx), ...headlineLines(profile, ctx)];
  keepAllWithNext(lines);
  const last = lines[lines.length - 1];
  if (last !== undefined) last.keepWithNext = false;
  return [...lines, ...summaryLines(profile, ctx)];
}

function nameLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.name;
  const style = FIELD_STYLES.name;
  const text = normalizeText(profile.name);
  if (text === '') return [];
  return breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line) => ({
    ...flowLine(line, size, style),
    accent: true,
  }));
}

/** Email, phone, location and website, each its own run; email and website are links. */
function contactLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.contact;
  const style = FIELD_STYLES.contact;
  const email = normalizeText(profile.email);
  const website = normalizeText(profile.website);
  const fields: RowField[] = [
    { text: email, style, url: emailLink(email) },
    { text: normalizeText(profile.phone), style },
    { text: normalizeText(profile.location), style },
    { text: website, style, url: websiteLink(website) },
  ];
  const rows = fieldRows(fields, { text: ctx.template.symbols.fieldSeparator, style }, size, ctx);
  return rows.map((runs, i) => ({
    size,
    style,
    runs,
    spaceBefore: i === 0 ? ctx.base * ctx.template.spacing.afterName : 0,
    keepWithNext: false,
    ruleBelow: false,
  }));
}

function headlineLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.headline;
  const style = FIELD_STYLES.headline;
  const text = normalizeText(profile.headline);
  if (text === '') return [];
  return breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line, i) =>
    flowLine(line, size, style, { spaceBefore: i === 0 ? ctx.base * ctx.template.spacing.afterContact : 0 }),
  );
}

function summaryLines(profile: Profile, ctx: TemplateContext): FlowLine[] {
  const text = normalizeText(profile.summary);
  if (text === '') return [];
  const size = ctx.base * ctx.template.sizes.body;
  const style = FIELD_STYLES.summary;
  const body = breakLines([{ text, style }], () => ctx.contentWidth, size, ctx.measure).map((line, i) =>
    flowLine(line, size, style, { spaceBefore: i === 0 ? ctx.base * ctx.template.spacing.afterHeading : 0 }),
  );
  return [...sectionHeadingLines(SUMMARY_TITLE, ctx), ...keepParagraphTogether(body)];
}
