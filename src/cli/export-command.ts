import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors/app-error';
import { parseJsonResume } from '../core/import/json-resume';
import { DEFAULT_EXPORT_OPTIONS, ExportOptionsSchema } from '../core/layout/export-options';
import { describeReplacedCharacters } from '../core/layout/unsupported-characters';
import { draftToResume } from '../core/resume/draft-to-resume';
import { noExclusions, tailorResume } from '../core/tailor/exclusions';
import { onlyMatchingExclusions } from '../core/tailor/only-matching';
import { scoreMatch } from '../core/tailor/score-match';
import { writeFileAtomic } from '../main/adapters/atomic-write';
import { loadFontLibrary } from '../main/adapters/font-files';
import { renderResume, resumeMeta } from '../main/services/export-service';
import { EXPORT_FORMATS } from '../shared/domain-types';
import { MAX_IMPORT_CHARS } from '../shared/limits';
import { analyzeFile, readText } from './cli-input';
import { describeFit, fitForCli } from './fit-pages';

/**
 * `export --resume r.json [--job p.txt] --out f.pdf|f.docx|f.json|f.txt [options]` (usage in index.ts). A module of its
 * own, loaded only by this command: it brings pdf-lib and fontkit, which `keywords` never needs.
 */
export async function exportCommand(args: string[], resourcesDir: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      resume: { type: 'string' },
      job: { type: 'string' },
      out: { type: 'string' },
      'only-matching': { type: 'boolean', default: false },
      template: { type: 'string' },
      'page-size': { type: 'string' },
      'margin-mm': { type: 'string' },
      'font-size': { type: 'string' },
      'replace-missing': { type: 'boolean', default: false },
      'fit-pages': { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const missing = (['resume', 'out'] as const).filter((name) => !values[name]);
  if (missing.length > 0)
    throw new AppError('invalid-input', `export needs ${missing.map((m) => `--${m}`).join(', ')}.`);
  const out = resolve(values.out as string);
  const format = EXPORT_FORMATS.find((f) => out.toLowerCase().endsWith(`.${f}`));
  if (format === undefined)
    throw new AppError('invalid-input', '--out must name a .pdf, .docx, .json or .txt file.');
  const parsedOptions = ExportOptionsSchema.safeParse({
    template: values.template ?? DEFAULT_EXPORT_OPTIONS.template,
    pageSize: values['page-size'] ?? DEFAULT_EXPORT_OPTIONS.pageSize,
    marginMm:
      values['margin-mm'] === undefined ? DEFAULT_EXPORT_OPTIONS.marginMm : Number(values['margin-mm']),
    baseFontSize:
      values['font-size'] === undefined ? DEFAULT_EXPORT_OPTIONS.baseFontSize : Number(values['font-size']),
  });
  if (!parsedOptions.success) {
    const issues = parsedOptions.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('invalid-input', `Invalid PDF options: ${issues.join('; ')}.`);
  }

  const resume = draftToResume(
    parseJsonResume(readText(values.resume as string, 'résumé', MAX_IMPORT_CHARS)),
  );
  if (values.job === undefined) {
    // No posting: the master résumé as it is, every bullet, in the format --out names.
    if (values['only-matching'] || values['fit-pages'] !== undefined)
      throw new AppError('invalid-input', '--only-matching and --fit-pages need a posting: add --job.');
    const meta = resumeMeta(resume, { title: '', company: '' }, [], new Date(0));
    const rendered = await renderResume(resume, meta, loadFontLibrary(resourcesDir), {
      format,
      options: parsedOptions.data,
      onMissingGlyph: values['replace-missing'] ? 'replace' : 'stop',
      atsCheck: values.check === true,
    });
    writeFileAtomic(out, rendered.bytes);
    process.stderr.write(`Wrote ${out} (the whole résumé, no posting).\n`);
    return 0;
  }
  const { matcher, analysis } = await analyzeFile(values.job, resourcesDir);
  const excluded = values['only-matching']
    ? onlyMatchingExclusions(resume, analysis, matcher)
    : noExclusions();
  // --fit-pages N keeps the bullets that cover the most of the posting within N pages.
  const fonts = loadFontLibrary(resourcesDir);
  const fitPages = values['fit-pages'];
  const fit =
    fitPages === undefined
      ? null
      : fitForCli(fitPages, { resume, analysis, matcher, excluded, fonts, options: parsedOptions.data });
  const chosen = fit?.excluded ?? excluded;
  const { score } = scoreMatch(analysis, resume, chosen, matcher);
  const keywords = [...score.required.covered, ...score.preferred.covered];
  // A fixed date: the same files give the same bytes, whenever the command runs.
  const meta = resumeMeta(resume, analysis, keywords, new Date(0));
  const rendered = await renderResume(tailorResume(resume, chosen), meta, fonts, {
    format,
    options: parsedOptions.data,
    onMissingGlyph: values['replace-missing'] ? 'replace' : 'stop',
    atsCheck: values.check === true,
  });
  writeFileAtomic(out, rendered.bytes, `the ${format === 'pdf' ? 'PDF' : 'Word file'} ${out}`);
  const pages =
    rendered.pageCount === undefined
      ? ''
      : ` (${rendered.pageCount} page${rendered.pageCount === 1 ? '' : 's'})`;
  process.stderr.write(
    `Wrote ${out}${pages}; match ${score.percent}%: ` +
      `${score.required.covered.length} of ${score.required.total} required, ` +
      `${score.preferred.covered.length} of ${score.preferred.total} nice-to-have.\n`,
  );
  if (fit !== null && fitPages !== undefined) process.stderr.write(describeFit(fit, fitPages));
  if (rendered.replaced.length > 0) {
    process.stderr.write(`warning: ${describeReplacedCharacters(rendered.replaced)}\n`);
  }
  if (rendered.ats?.ok === true) process.stderr.write('ATS check: the text reads back exactly as drawn.\n');
  if (rendered.ats !== undefined && !rendered.ats.ok) {
    process.stderr.write(
      `warning: an ATS reading this PDF sees something else than what was drawn:\n  ${rendered.ats.differences.join('\n  ')}\n`,
    );
    return 3;
  }
  return 0;
}
