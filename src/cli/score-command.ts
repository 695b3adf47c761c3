import { parseArgs } from 'node:util';
import { AppError } from '../core/errors/app-error';
import type { SkillMatcher } from '../core/keywords/skill-types';
import type { PostingAnalysis } from '../core/posting/posting-types';
import type { Resume } from '../core/resume/resume';
import { noExclusions } from '../core/tailor/exclusions';
import { scoreMatch } from '../core/tailor/score-match';
import { scoreSummary } from '../core/tailor/score-summary';

/** `score --resume r.json --job p.txt`: the match as JSON, every bullet selected (as export without options). */
export function scoreCommand(
  args: string[],
  read: (
    resumeFile: string,
    postingFile: string,
  ) => {
    resume: Resume;
    analysis: PostingAnalysis;
    matcher: SkillMatcher;
  },
): void {
  const { values } = parseArgs({ args, options: { resume: { type: 'string' }, job: { type: 'string' } } });
  const missing = (['resume', 'job'] as const).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new AppError('invalid-input', `score needs ${missing.map((m) => `--${m}`).join(', ')}.`);
  }
  const { resume, analysis, matcher } = read(values.resume as string, values.job as string);
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
