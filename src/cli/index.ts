import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, toAppErrorData } from '../core/errors/app-error';
import { createSkillMatcher } from '../core/keywords/skill-matcher';
import { analyzePosting } from '../core/posting/analyze-posting';
import { pasteToText } from '../core/posting/paste-to-text';
import type { SkillHit } from '../core/posting/posting-types';
import { parseJsonResume } from '../core/import/json-resume';
import { draftToResume } from '../core/resume/draft-to-resume';
import { noExclusions, tailorResume } from '../core/tailor/exclusions';
import { onlyMatchingExclusions } from '../core/tailor/only-matching';
import { scoreMatch } from '../core/tailor/score-match';
import { writeFileAtomic } from '../main/adapters/atomic-write';
import { loadFontFiles } from '../main/adapters/font-files';
import { writeResumePdf } from '../main/adapters/pdf-writer';
import { loadSkillDictionary } from '../main/adapters/skill-dictionary-files';
import { projectRoot } from '../main/project-root';
import { MAX_IMPORT_CHARS, MAX_POSTING_CHARS } from '../shared/contract';

const USAGE = `Résumé Tailor CLI

  keywords <posting-file>
      Prints one JSON object: {"title","company","location","required":[{"skill","matches"}],"preferred":[...]}

  export --resume <resume.json> --job <posting-file> --out <file.pdf> [--only-matching]
      Writes the tailored PDF. The résumé is a JSON Resume (v1.0.0) file. Every bullet is selected
      unless --only-matching, which keeps only the bullets that mention a skill of the posting.
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
  const matcher = createSkillMatcher(loadSkillDictionary(resourcesDir));
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
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      resume: { type: 'string' },
      job: { type: 'string' },
      out: { type: 'string' },
      'only-matching': { type: 'boolean', default: false },
    },
  });
  const missing = (['resume', 'job', 'out'] as const).filter((name) => !values[name]);
  if (missing.length > 0)
    throw new AppError('invalid-input', `export needs ${missing.map((m) => `--${m}`).join(', ')}.`);
  const out = resolve(values.out as string);
  if (!out.toLowerCase().endsWith('.pdf'))
    throw new AppError('invalid-input', '--out must name a .pdf file.');

  const resume = draftToResume(
    parseJsonResume(readText(values.resume as string, 'résumé', MAX_IMPORT_CHARS)),
  );
  const { matcher, analysis } = analyzeFile(values.job as string);
  const excluded = values['only-matching']
    ? onlyMatchingExclusions(resume, analysis, matcher)
    : noExclusions();
  const { score } = scoreMatch(analysis, resume, excluded, matcher);
  const pdf = await writeResumePdf(
    tailorResume(resume, excluded),
    {
      title: [resume.profile.name, 'Résumé'].filter(Boolean).join(' – '),
      author: resume.profile.name,
      subject: [analysis.title, analysis.company].filter(Boolean).join(' at '),
      keywords: [...score.required.covered, ...score.preferred.covered],
      // A fixed date: the same files give the same bytes, whenever the command runs.
      createdAt: new Date(0),
    },
    loadFontFiles(resourcesDir),
  );
  writeFileAtomic(out, pdf.bytes);
  process.stderr.write(
    `Wrote ${out} (${pdf.pageCount} page${pdf.pageCount === 1 ? '' : 's'}); match ${score.percent}%: ` +
      `${score.required.covered.length} of ${score.required.total} required, ` +
      `${score.preferred.covered.length} of ${score.preferred.total} nice-to-have.\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'keywords') keywordsCommand(rest);
    else if (command === 'export') await exportCommand(rest);
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
