/**
 * The two ways people usually find dictionary terms in a text, as the keywords bench's yardsticks:
 * (a) one RegExp per alias and (b) one alternation of every alias, longest first. Both are built once,
 * given the same dictionary as the engine, and made as fair as a regex can be: escaped literals,
 * case-insensitive, any whitespace run where the alias has a space, and boundaries that keep "C" out of
 * "C++", "C#" and ".NET". A spelling the dictionary marks ambiguous ("Go", "Excel") must match its exact
 * case, as the engine asks; the context the engine also asks for ("in Go", "Go, Python") is beyond a regex.
 */
import type { SkillDefinition } from '../../src/core/keywords/skill-types';

export interface TermMatch {
  skill: string;
  start: number;
  end: number;
}

export interface RegexBaseline {
  find(text: string): TermMatch[];
  /** Distinct spellings of the dictionary it was built from. */
  readonly spellings: number;
  /** How many RegExps `find` runs over the text. */
  readonly regexes: number;
}

interface Spelling {
  text: string;
  skill: string;
  /** Ambiguous spellings match only as written. */
  exact: boolean;
}

// No word character, "+" or "#" on either side, and no "." before: "C" is not found in "C++", "C#",
// "Objective-C" is, ".NET" is not found inside "ASP.NET", and a full stop after a name does not hide it.
const BEFORE = '(?<![\\w+#.])';
const AFTER = '(?![\\w+#])';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The alias as a pattern: its words escaped, any whitespace run between them. */
const aliasPattern = (text: string): string => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/** How a found text is looked up: lower case, single spaces. */
const lookupKey = (text: string): string => text.trim().toLowerCase().split(/\s+/).join(' ');

/** Every distinct spelling of the dictionary; when two only differ in case, the case-insensitive one wins. */
export function dictionarySpellings(defs: readonly SkillDefinition[]): Spelling[] {
  const byKey = new Map<string, Spelling>();
  for (const def of defs) {
    const ambiguous = new Set(def.ambiguous ?? []);
    for (const text of [def.name, ...def.aliases]) {
      const exact = ambiguous.has(text);
      const key = exact ? `=${text}` : lookupKey(text);
      if (!byKey.has(key)) byKey.set(key, { text, skill: def.name, exact });
    }
  }
  return [...byKey.values()];
}

/** Keeps the leftmost match, the longest at equal starts, and drops whatever overlaps a kept one. */
export function leftmostLongest(matches: TermMatch[]): TermMatch[] {
  matches.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: TermMatch[] = [];
  let lastEnd = 0;
  for (const match of matches) {
    if (match.start < lastEnd) continue;
    kept.push(match);
    lastEnd = match.end;
  }
  return kept;
}

/** (a) One RegExp per spelling, each run over the whole text; then the overlaps are settled. */
export function perAliasBaseline(defs: readonly SkillDefinition[]): RegexBaseline {
  const compiled = dictionarySpellings(defs).map((spelling) => ({
    skill: spelling.skill,
    re: new RegExp(`${BEFORE}${aliasPattern(spelling.text)}${AFTER}`, spelling.exact ? 'g' : 'gi'),
  }));
  const find = (text: string): TermMatch[] => {
    const found: TermMatch[] = [];
    for (const { skill, re } of compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        found.push({ skill, start: m.index, end: m.index + m[0].length });
      }
    }
    return leftmostLongest(found);
  };
  return { find, spellings: compiled.length, regexes: compiled.length };
}

/**
 * (b) One alternation of every spelling, longest first, so the regex engine itself returns leftmost-longest
 * matches in one pass. The matched text is looked up to name the skill; an ambiguous spelling found in
 * another case is dropped (one regex cannot be case-sensitive for some branches only before Node 23).
 */
export function alternationBaseline(defs: readonly SkillDefinition[]): RegexBaseline {
  return alternations(defs, Infinity);
}

/**
 * V8 stops optimizing a RegExp whose source passes 20 KB (kRegExpTooLargeToOptimize), and (b) then gets
 * 20-50x slower at once - about 1,000 spellings. (b') is the same alternation cut into chunks under that
 * size, run one after the other and merged leftmost-longest: what someone tuning (b) would do.
 */
export function chunkedAlternationBaseline(
  defs: readonly SkillDefinition[],
  maxSourceChars = 16_000,
): RegexBaseline {
  return alternations(defs, maxSourceChars);
}

function alternations(defs: readonly SkillDefinition[], maxSourceChars: number): RegexBaseline {
  const spellings = dictionarySpellings(defs).sort((x, y) => y.text.length - x.text.length);
  const byKey = new Map<string, Spelling>();
  for (const spelling of spellings) {
    const key = lookupKey(spelling.text);
    const known = byKey.get(key);
    if (known === undefined || (known.exact && !spelling.exact)) byKey.set(key, spelling);
  }
  const chunks: string[][] = [[]];
  let size = 0;
  for (const spelling of spellings) {
    const pattern = aliasPattern(spelling.text);
    if (size + pattern.length + 1 > maxSourceChars && size > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]?.push(pattern);
    size += pattern.length + 1;
  }
  const regexes = chunks.map((patterns) => new RegExp(`${BEFORE}(?:${patterns.join('|')})${AFTER}`, 'gi'));
  const find = (text: string): TermMatch[] => {
    const found: TermMatch[] = [];
    for (const re of regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const spelling = byKey.get(lookupKey(m[0]));
        if (spelling === undefined) continue;
        if (spelling.exact && m[0].split(/\s+/).join(' ') !== spelling.text) continue;
        found.push({ skill: spelling.skill, start: m.index, end: m.index + m[0].length });
      }
    }
    return regexes.length === 1 ? found : leftmostLongest(found);
  };
  return { find, spellings: spellings.length, regexes: regexes.length };
}
