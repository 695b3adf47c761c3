import { parseArgs } from 'node:util';
import { AppError } from '../core/errors/app-error';
import { parseJsonResume } from '../core/import/json-resume';
import { draftToResume } from '../core/resume/draft-to-resume';
import { noExclusions } from '../core/tailor/exclusions';
import { scoreMatch } from '../core/tailor/score-match';
import { scoreSummary } from '../core/tailor/score-summary';
import { MAX_IMPORT_CHARS } from '../shared/limits';
import { analyzeFile, readText } from './cli-input';

/** `score --resume r.json --job p.txt`: the match as JSON, every bullet selected (as export without options). */
export async function scoreCommand(args: string[], resourcesDir: string): Promise<void> {
  const { values } = parseArgs({ args, options: { resume: { type: 'string' }, job: { type: 'string' } } });
  const missing = (['resume', 'job'] as const).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new AppError('invalid-input', `score needs ${missing.map((m) => `--${m}`).join(', ')}.`);
  }
  const resume = draftToResume(
    parseJsonResume(readText(values.resume as string, 'résumé', MAX_IMPORT_CHARS)),
  );
  const { analysis, matcher } = await analyzeFile(values.job as string, resourcesDir);
  const { score } = scoreMatch(analysis, resume, noExclusions(), matcher);
  const result = {
    percent: score.percent,
    summary: scoreSummary(score),
    required: {
      covered: score.required.covered,
      missing: score.required.missing,
      total: score.required.total,
    },
    preferred: {
      covered: score.preferred.covered,
      missing: score.preferred.missing,
      total: score.preferred.total,
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
