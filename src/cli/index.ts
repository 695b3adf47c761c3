import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, toAppErrorData } from '../core/errors/app-error';
import { analyzePosting } from '../core/posting/analyze-posting';
import { pasteToText } from '../core/posting/paste-to-text';
import type { SkillHit } from '../core/posting/posting-types';
import { parseJsonResume } from '../core/import/json-resume';
import { draftToResume } from '../core/resume/draft-to-resume';
import { noExclusions, tailorResume } from '../core/tailor/exclusions';
import { onlyMatchingExclusions } from '../core/tailor/only-matching';
import { scoreMatch } from '../core/tailor/score-match';
import { writeFileAtomic } from '../main/adapters/atomic-write';
import { loadFontLibrary } from '../main/adapters/font-files';
import { renderResume, resumeMeta } from '../main/services/export-service';
import { DEFAULT_PDF_OPTIONS, PdfOptionsSchema } from '../core/layout/pdf-options';
import { describeReplacedCharacters } from '../core/layout/unsupported-characters';
import { projectRoot } from '../main/project-root';
import { MAX_IMPORT_CHARS, MAX_POSTING_CHARS } from '../shared/contract';
import { cliSkillMatcher } from './user-dictionary';
import { describeFit, fitForCli } from './fit-pages';
import { scoreCommand } from './score-command';

const USAGE = `Résumé Tailor CLI

  keywords <posting-file>
      Prints one JSON object: {"title","company","location","required":[{"skill","matches"}],"preferred":[...],
      "soft":[...],"other":[{"term","count"}],"postings":<postings in the paste>,"remote","experience","salary",
      "sections":[{"kind","heading","start","end"}]}

  export --resume <resume.json> --job <posting-file> --out <file.pdf|file.docx> [--only-matching]
         [--template classic|modern|compact] [--page-size a4|letter] [--margin-mm 8-40]
         [--font-size 8-13] [--replace-missing] [--check]
      Writes the tailored PDF (or Word file, by the extension of --out). The résumé is a JSON Resume
      (v1.0.0) file. Every bullet is selected unless --only-matching, which keeps only the bullets that
      mention a skill of the posting. A character no bundled font can draw stops the export, naming it;
      --replace-missing draws a visible replacement mark instead. --check reads the PDF back as an ATS
      does (pdf.js) and reports any difference from what was drawn on stderr (exit code 3).
      --fit-pages 1|2 keeps the bullets that cover the most of the posting within that many pages (real
      layout) and says on stderr what was left out and which skills that cost.

  score --resume <resume.json> --job <posting-file>
      Prints the match with every bullet selected, as JSON: {"percent","summary",
      "required":{"covered","missing","total"},"preferred":{...}} - the numbers export prints.
`;

const resourcesDir = join(projectRoot(import.meta.url), 'resources');

function readText(path: string, what: string, limit: number): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'io-failed',
      `Cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (text.length > limit) {
    throw new AppError(
      'too-large',
      `The ${what} file ${path} is larger than the ${limit.toLocaleString('en')} characters accepted.`,
    );
  }
  return text;
}

function analyzeFile(path: string) {
  const { text } = pasteToText(readText(path, 'posting', MAX_POSTING_CHARS));
  // The bundled dictionary plus the terms the user added in the app (issue 3).
  const matcher = cliSkillMatcher(resourcesDir);
  return { matcher, analysis: analyzePosting(text, matcher) };
}

const skillList = (hits: SkillHit[]) => hits.map((hit) => ({ skill: hit.skill, matches: hit.matches }));

function keywordsCommand(args: string[]): void {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined)
    throw new AppError('invalid-input', 'keywords takes exactly one posting file.');
  const { analysis } = analyzeFile(file);
  const result = {
    title: analysis.title,
    company: analysis.company,
    location: analysis.location,
    required: skillList(analysis.required),
    preferred: skillList(analysis.preferred),
    soft: skillList(analysis.soft),
    other: analysis.other.map((term) => ({ term: term.term, count: term.count })),
    postings: analysis.postings,
    remote: analysis.meta.remote,
    experience: analysis.meta.yearsOfExperience,
    salary: analysis.meta.salary,
    sections: analysis.sections,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

/** For the score command: the résumé file as a Resume, the posting analyzed with the CLI's dictionary. */
function readResumeAndPosting(resumeFile: string, postingFile: string) {
  const resume = draftToResume(parseJsonResume(readText(resumeFile, 'résumé', MAX_IMPORT_CHARS)));
  return { resume, ...analyzeFile(postingFile) };
}

async function exportCommand(args: string[]): Promise<number> {
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
  const missing = (['resume', 'job', 'out'] as const).filter((name) => !values[name]);
  if (missing.length > 0)
    throw new AppError('invalid-input', `export needs ${missing.map((m) => `--${m}`).join(', ')}.`);
  const out = resolve(values.out as string);
  const format = /\.docx$/i.test(out) ? 'docx' : /\.pdf$/i.test(out) ? 'pdf' : undefined;
  if (format === undefined) throw new AppError('invalid-input', '--out must name a .pdf or .docx file.');
  const parsedOptions = PdfOptionsSchema.safeParse({
    template: values.template ?? DEFAULT_PDF_OPTIONS.template,
    pageSize: values['page-size'] ?? DEFAULT_PDF_OPTIONS.pageSize,
    marginMm: values['margin-mm'] === undefined ? DEFAULT_PDF_OPTIONS.marginMm : Number(values['margin-mm']),
    baseFontSize:
      values['font-size'] === undefined ? DEFAULT_PDF_OPTIONS.baseFontSize : Number(values['font-size']),
  });
  if (!parsedOptions.success) {
    const issues = parsedOptions.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('invalid-input', `Invalid PDF options: ${issues.join('; ')}.`);
  }

  const resume = draftToResume(
    parseJsonResume(readText(values.resume as string, 'résumé', MAX_IMPORT_CHARS)),
  );
  const { matcher, analysis } = analyzeFile(values.job as string);
  const excluded = values['only-matching']
    ? onlyMatchingExclusions(resume, analysis, matcher)
    : noExclusions();
  // Issue 5: --fit-pages N keeps the bullets that cover the most of the posting within N pages.
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
  writeFileAtomic(out, rendered.bytes);
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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'keywords') keywordsCommand(rest);
    else if (command === 'export') return await exportCommand(rest);
    else if (command === 'score') scoreCommand(rest, readResumeAndPosting);
    else if (command === undefined || command === '--help' || command === 'help') {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    } else throw new AppError('invalid-input', `Unknown command "${command}".\n\n${USAGE}`);
    return 0;
  } catch (error) {
    const data =
      error instanceof TypeError && 'code' in error ? { message: error.message } : toAppErrorData(error);
    process.stderr.write(`error: ${data.message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
