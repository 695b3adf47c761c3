// What the linear-work tests share: how a paste is read, and how its regex work is compared.
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { pasteToText } from '../../../src/core/posting/paste-to-text';
import { appMatcher } from '../keywords/app-dictionary';
import { workRatio } from '../regex-steps';

// Four times the text may cost at most six times the regex steps: linear with room for constant terms,
// far below the sixteen times of a scan that backtracks quadratically.
const SCALE = 4;
export const MAX_RATIO = 6;
export const UNIT = 300;
export const ratio = (make: (n: number) => string, fn: (text: string) => unknown): number =>
  workRatio(make, fn, UNIT, { scale: SCALE, maxRatio: MAX_RATIO });
export const analyzePaste = (raw: string): unknown => analyzePosting(pasteToText(raw).text, appMatcher);
// Counting regex steps replays every scan in a slow interpreter: a fixed amount of work that takes 10 s on
// a quiet machine and over 30 s beside another test run. The limit is for a hang, not a speed check.
export const COUNTED = { timeout: 180_000 };
