import { AppError } from '../core/errors/app-error';
import type { SkillMatcher } from '../core/keywords/skill-types';
import type { ExportOptions } from '../core/layout/export-options';
import type { PostingAnalysis } from '../core/posting/posting-types';
import type { Resume } from '../core/resume/resume';
import type { Exclusions } from '../core/tailor/exclusions';
import { fitToPages, type FitResult } from '../core/tailor/fit-to-pages';
import { tailoringView } from '../core/tailor/tailoring-view';
import type { FontLibrary } from '../main/adapters/font-files';
import { createPageCounter } from '../main/services/page-counter';

/** `--fit-pages N`: the same choice as the app's "Fit to N pages" button, for a résumé file (no pins). */
export function fitForCli(
  pagesArg: string,
  input: {
    resume: Resume;
    analysis: PostingAnalysis;
    matcher: SkillMatcher;
    excluded: Exclusions;
    fonts: FontLibrary;
    options: ExportOptions;
  },
): FitResult {
  const pages = Number(pagesArg);
  if (pages !== 1 && pages !== 2) throw new AppError('invalid-input', '--fit-pages takes 1 or 2.');
  const view = tailoringView(input.analysis, input.resume, input.excluded, input.matcher);
  return fitToPages({
    resume: input.resume,
    excluded: input.excluded,
    sources: view.sources,
    wanted: view.wanted,
    pins: {},
    pages,
    pageCount: createPageCounter(input.fonts, input.options),
  });
}

/** One line for stderr: what fitting cost, in words. */
export function describeFit(fit: FitResult, pages: string): string {
  const lost = [...fit.lostSkills.required, ...fit.lostSkills.preferred];
  const entries = fit.leftOutEntries.map((e) => [e.title, e.organization].filter(Boolean).join(' at '));
  return (
    `${fit.fits ? 'Fitted' : 'Could not fit'} to ${pages} page${pages === '1' ? '' : 's'}: ` +
    `left out ${fit.leftOut.length} bullet${fit.leftOut.length === 1 ? '' : 's'}` +
    (entries.length > 0
      ? ` and ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} (${entries.join('; ')})`
      : '') +
    (lost.length > 0 ? `; skills no longer shown: ${lost.join(', ')}` : '; no skill of the posting lost') +
    '.\n'
  );
}
