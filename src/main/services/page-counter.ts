import { layoutResume } from '../../core/layout/layout-resume';
import { exportLayoutOptions, type ExportOptions } from '../../core/layout/export-options';
import { TEMPLATES } from '../../core/layout/templates';
import type { Resume } from '../../core/resume/resume';
import type { FontLibrary } from '../adapters/font-files';
import { chainMetrics } from '../adapters/pdf-writer';

/**
 * Pages a résumé takes in the PDF, by the same layout, template and font metrics the PDF writer uses
 * (not a line estimate): what fit-to-page measures against (`npm run bench`, tailor section: the fit).
 */
export function createPageCounter(fonts: FontLibrary, options: ExportOptions): (resume: Resume) => number {
  const layoutOptions = exportLayoutOptions(options);
  const metrics = chainMetrics(fonts, TEMPLATES[options.template].fontFamily);
  return (resume) => layoutResume(resume, layoutOptions, metrics).pages.length;
}
