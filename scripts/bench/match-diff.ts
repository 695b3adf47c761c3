/**
 * Where the engine's matches and a regex baseline's differ on one text, grouped by why, so the keywords
 * bench can say "identical" or name each difference instead of only timing them.
 */
import type { SkillDefinition } from '../../src/core/keywords/skill-types';
import { dictionarySpellings, type TermMatch } from './regex-baselines';

export interface MatchDiff {
  engineCount: number;
  baselineCount: number;
  identical: boolean;
  /** Reason -> the differences it explains, as short readable examples. */
  reasons: Map<string, string[]>;
}

const AMBIGUOUS = 'an ambiguous word with no tech context (the engine needs a cue word or a list around it)';
const DERIVED =
  'a spelling the dictionary does not list but the engine derives or folds (separators, plurals, spaces ' +
  'around punctuation, Unicode forms)';
const EXTENT = 'the same place read as a longer or shorter term';
const OTHER_SKILL = 'the same place, another skill';
const BOUNDARY = 'a boundary the tokenizer and the lookarounds see differently';

const sameMatch = (x: TermMatch, y: TermMatch): boolean =>
  x.skill === y.skill && x.start === y.start && x.end === y.end;
const overlaps = (x: TermMatch, y: TermMatch): boolean => x.start < y.end && y.start < x.end;
const lookupKey = (text: string): string => text.trim().toLowerCase().split(/\s+/).join(' ');

export function diffMatches(
  text: string,
  engine: readonly TermMatch[],
  baseline: readonly TermMatch[],
  defs: readonly SkillDefinition[],
): MatchDiff {
  const ambiguousKeys = new Set<string>();
  const knownKeys = new Set<string>();
  for (const spelling of dictionarySpellings(defs)) {
    knownKeys.add(lookupKey(spelling.text));
    if (spelling.exact) ambiguousKeys.add(lookupKey(spelling.text));
  }
  const onlyEngine = engine.filter((e) => !baseline.some((b) => sameMatch(e, b)));
  const onlyBaseline = baseline.filter((b) => !engine.some((e) => sameMatch(e, b)));
  const shown = (m: TermMatch): string => `"${text.slice(m.start, m.end).replace(/\s+/g, ' ')}" → ${m.skill}`;

  const reasons = new Map<string, string[]>();
  const add = (reason: string, example: string): void => {
    reasons.set(reason, [...(reasons.get(reason) ?? []), example]);
  };
  const explained = new Set<TermMatch>();
  for (const e of onlyEngine) {
    // A longer engine match ("Node JS") can stand where the regex found two shorter ones ("Node", "JS").
    const rivals = onlyBaseline.filter((b) => overlaps(e, b));
    if (rivals.length > 0) {
      for (const rival of rivals) explained.add(rival);
      const same = rivals.length === 1 && rivals[0]?.start === e.start && rivals[0]?.end === e.end;
      add(same ? OTHER_SKILL : EXTENT, `engine ${shown(e)}, regex ${rivals.map(shown).join(' + ')}`);
      continue;
    }
    const key = lookupKey(text.slice(e.start, e.end));
    add(knownKeys.has(key) ? BOUNDARY : DERIVED, `engine only: ${shown(e)}`);
  }
  for (const b of onlyBaseline) {
    if (explained.has(b)) continue;
    const key = lookupKey(text.slice(b.start, b.end));
    add(ambiguousKeys.has(key) ? AMBIGUOUS : BOUNDARY, `regex only: ${shown(b)}`);
  }
  return {
    engineCount: engine.length,
    baselineCount: baseline.length,
    identical: onlyEngine.length === 0 && onlyBaseline.length === 0,
    reasons,
  };
}

/** One line per reason: how many differences it explains and a few of them. */
export function describeDiff(label: string, diff: MatchDiff, examples = 4): string[] {
  const head = `${label}: engine ${diff.engineCount} matches, regex ${diff.baselineCount}`;
  if (diff.identical) return [`${head}, identical.`];
  return [
    `${head}, they differ:`,
    ...[...diff.reasons].map(
      ([reason, cases]) =>
        `  ${cases.length} × ${reason}: ${cases.slice(0, examples).join('; ')}${cases.length > examples ? '; …' : ''}`,
    ),
  ];
}
