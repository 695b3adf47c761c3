import type { Resume } from '../resume/resume';
import type { FontMetrics } from './font-metrics';
import type { TemplateContext } from './flow-line';
import type { LaidOutDocument } from './laid-out-document';
import { resolveLayoutOptions, type LayoutOptions } from './layout-options';
import { paginate } from './paginate';
import { profileLines } from './profile-lines';
import { sectionLines } from './section-lines';
import { createMeasure } from './width-cache';

/**
 * Lays the résumé out on pages with one of the single-column templates (`options.template`): name, contact line, headline, summary,
 * then every section, entry and bullet given (the caller has already left out what the tailoring
 * excluded). Pure: returns positioned runs; drawing them is the adapter's job.
 */
export function layoutResume(
  resume: Resume,
  options: Partial<LayoutOptions>,
  metrics: FontMetrics,
): LaidOutDocument {
  const resolved = resolveLayoutOptions(options);
  const { pageSize, margins } = resolved;
  const ctx: TemplateContext = {
    measure: createMeasure(metrics),
    base: resolved.baseFontSize,
    contentWidth: pageSize.width - margins.left - margins.right,
    template: resolved.template,
  };
  const lines = [
    ...profileLines(resume.profile, ctx),
    ...resume.sections.flatMap((section) => sectionLines(section, ctx)),
  ];
  return {
    fontFamily: resolved.template.fontFamily,
    pageWidth: pageSize.width,
    pageHeight: pageSize.height,
    pages: paginate(lines, resolved, metrics),
  };
}
