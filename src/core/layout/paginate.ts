import type { FontMetrics } from './font-metrics';
import type { FlowLine } from './flow-line';
import type { LaidOutPage, TextRun } from './laid-out-document';
import type { ResolvedLayoutOptions } from './layout-options';

/**
 * Places lines top to bottom onto pages. Lines linked by `keepWithNext` form a chain that moves to the
 * next page as a whole; a chain taller than a whole page is split line by line so nothing is lost and
 * every page takes at least one line (the loop always advances).
 */
export function paginate(
  lines: FlowLine[],
  options: ResolvedLayoutOptions,
  metrics: FontMetrics,
): LaidOutPage[] {
  const { margins, pageSize, lineSpacing } = options;
  const contentHeight = pageSize.height - margins.top - margins.bottom;
  const pages: LaidOutPage[] = [];
  let page: LaidOutPage = { runs: [], links: [], rules: [] };
  let used = 0;
  let placedOnPage = 0;

  const lineHeight = (line: FlowLine) => line.size * lineSpacing;
  const gapBefore = (line: FlowLine) => (placedOnPage === 0 ? 0 : line.spaceBefore);
  const newPage = () => {
    pages.push(page);
    page = { runs: [], links: [], rules: [] };
    used = 0;
    placedOnPage = 0;
  };
  const place = (line: FlowLine) => {
    const top = margins.top + used + gapBefore(line);
    drawLine(line, top, page, options, metrics);
    used += gapBefore(line) + lineHeight(line);
    placedOnPage++;
  };

  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length - 1 && lines[end]?.keepWithNext === true) end++;
    const chain = lines.slice(i, end + 1);
    const height = chain.reduce(
      (sum, line, k) => sum + (k === 0 ? gapBefore(line) : line.spaceBefore) + lineHeight(line),
      0,
    );

    if (used + height <= contentHeight) {
      chain.forEach(place);
      i = end + 1;
    } else if (placedOnPage > 0) {
      newPage();
    } else {
      // Taller than a page: fill this page, then continue on the next.
      for (const line of chain) {
        if (placedOnPage > 0 && used + gapBefore(line) + lineHeight(line) > contentHeight) break;
        place(line);
        i++;
      }
      if (i < lines.length) newPage();
    }
  }
  if (placedOnPage > 0 || pages.length === 0) pages.push(page);
  return pages;
}

function drawLine(
  line: FlowLine,
  top: number,
  page: LaidOutPage,
  options: ResolvedLayoutOptions,
  metrics: FontMetrics,
) {
  const { size, style } = line;
  const ascent = metrics.ascentOf(style, size);
  const descent = metrics.descentOf(style, size);
  const halfLeading = (size * options.lineSpacing - ascent - descent) / 2;
  const baseline = top + halfLeading + ascent;
  const left = options.margins.left;
  const { colors, rule } = options.template;

  for (const run of line.runs) {
    const placed: TextRun = {
      x: left + run.x,
      y: baseline,
      text: run.text,
      style: run.style,
      size,
      width: run.width,
      color:
        line.tone !== undefined ? colors[line.tone] : run.style === 'italic' ? colors.secondary : colors.text,
    };
    page.runs.push(placed);
    if (run.url !== undefined) {
      page.links.push({ x: placed.x, y: baseline - ascent, w: run.width, h: ascent + descent, url: run.url });
    }
  }
  if (line.ruleBelow) {
    const contentWidth = options.pageSize.width - options.margins.left - options.margins.right;
    page.rules.push({
      x: left,
      y: baseline + descent + rule.offset,
      width: contentWidth,
      thickness: rule.thickness,
      color: colors.rule,
    });
  }
}
