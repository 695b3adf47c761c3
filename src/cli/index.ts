import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, toAppErrorData } from '../core/errors/app-error';
import type { SkillHit } from '../core/posting/posting-types';
import { projectRoot } from '../main/project-root';
import { fromSystemError } from '../main/system-errors';
import { analyzeFile } from './cli-input';

const USAGE = `Résumé Tailor CLI

  keywords <posting-file>...
      For one file, prints one JSON object (for several, one per line, each with its "file"): {"title","company","location","required":[{"skill","matches"}],"preferred":[...],
      "soft":[...],"other":[{"term","count"}],"postings":<postings in the paste>,"mainPosting":<false for a page of job cards>,
      "otherPostings":[<title>],"remote","experience","salary",
      "sections":[{"kind","heading","start","end"}]}

  export --resume <resume.json> [--job <posting-file>] --out <file.pdf|.docx|.json|.txt> [--only-matching]
         [--template classic|modern|compact|serif] [--page-size a4|letter] [--margin-mm 8-40]
         [--font-size 8-13] [--replace-missing] [--check]
      Writes the tailored résumé as a PDF, a Word file, JSON Resume or plain text, by the extension of
      --out; without --job, the whole résumé. The résumé is a JSON Resume (v1.0.0) file. Every bullet is selected unless --only-matching, which keeps only the bullets that
      mention a skill of the posting. A character no bundled font can draw stops the export, naming it;
      --replace-missing draws a visible replacement mark instead. --check reads the PDF back as an ATS
      does (pdf.js) and reports any difference from what was drawn on stderr (exit code 3).
      --fit-pages 1|2 keeps the bullets that cover the most of the posting within that many pages (real
      layout) and says on stderr what was left out and which skills that cost.

  import <resume file>
      Prints the résumé recognised in the file as JSON Resume (v1.0.0) on stdout; what the reader was
      unsure of goes to stderr, one "unsure: ..." line each. Reads .json (JSON Resume), .txt (plain text) and .pdf (text PDFs; a scan is
      refused, naming the reason).

  score --resume <resume.json> --job <posting-file>
      Prints the match with every bullet selected, as JSON: {"percent","summary",
      "required":{"covered","missing","total"},"preferred":{...}} - the numbers export prints.
`;

const resourcesDir = join(projectRoot(import.meta.url), 'resources');

const skillList = (hits: SkillHit[]) => hits.map((hit) => ({ skill: hit.skill, matches: hit.matches }));

async function postingKeywords(file: string) {
  const { analysis } = await analyzeFile(file, resourcesDir);
  return {
    title: analysis.title,
    company: analysis.company,
    location: analysis.location,
    required: skillList(analysis.required),
    preferred: skillList(analysis.preferred),
    soft: skillList(analysis.soft),
    other: analysis.other.map((term) => ({ term: term.term, count: term.count })),
    postings: analysis.postings,
    // False for a results page of equal job cards: no skill is read, the cards are listed instead.
    mainPosting: analysis.hasMainPosting,
    otherPostings: analysis.otherPostings.map((posting) => posting.title),
    remote: analysis.conditions.remote,
    experience: analysis.conditions.yearsOfExperience,
    salary: analysis.conditions.salary,
    sections: analysis.sections,
  };
}

async function keywordsCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file] = positionals;
  if (file === undefined) throw new AppError('invalid-input', 'keywords takes one or more posting files.');
  if (positionals.length === 1) {
    process.stdout.write(`${JSON.stringify(await postingKeywords(file), null, 2)}\n`);
    return;
  }
  // Several files: one line each, so a script scoring a folder loads the dictionary once, not per file.
  for (const path of positionals)
    process.stdout.write(`${JSON.stringify({ file: path, ...(await postingKeywords(path)) })}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Each command loads only what it uses: `keywords` never loads pdf-lib, fontkit or the résumé code.
    if (command === 'keywords') await keywordsCommand(rest);
    else if (command === 'export')
      return await (await import('./export-command')).exportCommand(rest, resourcesDir);
    else if (command === 'import') return await (await import('./import-command')).importCommand(rest);
    else if (command === 'score') await (await import('./score-command')).scoreCommand(rest, resourcesDir);
    else if (command === undefined || command === '--help' || command === 'help') {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    } else throw new AppError('invalid-input', `Unknown command "${command}".\n\n${USAGE}`);
    return 0;
  } catch (error) {
    const data =
      error instanceof TypeError && 'code' in error
        ? { message: error.message }
        : toAppErrorData(fromSystemError(error));
    process.stderr.write(`error: ${data.message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
