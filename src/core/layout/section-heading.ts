import { flowLine, type FlowLine, type TemplateContext } from './flow-line';
import { breakLines } from './line-breaking';
import { FIELD_STYLES } from './template-style';

/**
 * A section heading: bold capitals on its own line with a rule under it, kept with what follows.
 * Parsers recognise sections by such lines (EXPERIENCE, EDUCATION, SKILLS...).
 */
export function sectionHeadingLines(title: string, ctx: TemplateContext): FlowLine[] {
  const size = ctx.base * ctx.template.sizes.heading;
  const style = FIELD_STYLES.heading;
  const broken = breakLines(
    [{ text: title.toUpperCase(), style }],
    () => ctx.contentWidth,
    size,
    ctx.measure,
  );
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
