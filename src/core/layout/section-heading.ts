import { flowLine, type FlowLine, type TemplateContext } from './flow-line';
import { breakLines } from './line-breaking';
import { FIELD_STYLES } from './template-style';

/**
 * A section heading: the title as the user typed it, bold and larger than the body, on its own line
 * with a rule under it, kept with what follows. Parsers recognise sections by such lines (a bold run of
 * a standard name on its own line, ATS.md); size and weight set it apart instead of capitals, so an
 * import of our own PDF gives back the title as written.
 */
export function sectionHeadingLines(title: string, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.heading;
  const style = FIELD_STYLES.heading;
  const broken = breakLines([{ text: title, style }], () => ctx.contentWidth, size, ctx.measure);
  const lines = broken.map((line, i) =>
    flowLine(line, size, style, { spaceBefore: i === 0 ? ctx.base * ctx.template.spacing.beforeHeading : 0 }),
  );
  const last = lines[lines.length - 1];
  if (last !== undefined) last.ruleBelow = true;
  for (const line of lines) {
    line.keepWithNext = true;
    line.tone = 'accent';
  }
  return lines;
}
