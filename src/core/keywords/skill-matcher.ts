import { AppError } from '../errors/app-error';
import { aliasVariants, type VariantPolicy } from './alias-variants';
import { createTrieNode, insertSequence, walkFrom, type TrieEntry, type TrieNode } from './alias-trie';
import {
  DEFAULT_AMBIGUITY_CUES,
  hasCueWord,
  isAloneOnLine,
  listNeighbour,
  toCueSets,
  type AmbiguityCues,
  type AmbiguityCuesSets,
} from './ambiguity-context';
import { normalizeForMatching, stripIgnorables, type NormalizedText } from './normalize-text';
import type { SkillDefinition, SkillMatch, SkillMatcher } from './skill-types';
import { tokenizeTechText, type TokenList, type Tokenizer } from './tokenize';

/** The matcher's policies. Every field is optional; the defaults are what the app uses. */
export interface SkillMatcherOptions {
  /** Folds text before tokenizing and maps offsets back. Default: `normalizeForMatching` (NFKC, lower case). */
  normalize?: (text: string) => NormalizedText;
  /** Default: `tokenizeTechText` (word runs and single punctuation tokens). */
  tokenize?: Tokenizer;
  /** Spelling variants derived from each alias. Default: separators and plurals both on. */
  variants?: Partial<VariantPolicy>;
  /** Extra spellings for skills of the dictionary, spelling -> skill name. Default: none. */
  synonyms?: Readonly<Record<string, string>>;
  /** Words that confirm an ambiguous spelling ("in Go"). Default: `DEFAULT_AMBIGUITY_CUES`. */
  ambiguityCues?: AmbiguityCues;
  /**
   * More skills on top of `defs`, such as the user's own dictionary. The bundled dictionary wins every
   * collision and nothing throws: an entry named like a bundled skill (any case) adds its aliases to it,
   * and a spelling that already names another skill is ignored (so "Golang" added as a new skill still
   * finds Go). Default: none.
   */
  extraSkills?: readonly SkillDefinition[];
}

// An alias ending in an acronym ("SEN", "REST API"), and how its plural must be written in the text ("APIs").
const ACRONYM_END_RE = /(?:^|[^\p{L}])\p{Lu}[\p{Lu}\d]+$/u;
const ACRONYM_PLURAL_RE = /^\p{Lu}[\p{Lu}\d]+s$/u;

const PENDING = 0;
const ACCEPTED = 1;
const REJECTED = 2;

interface Candidate {
  start: number;
  end: number;
  entry: TrieEntry;
  plain: TrieEntry | undefined;
  plainEnd: number;
  status: number;
}

/**
 * Builds a matcher over a skills dictionary. Each alias is normalized and tokenized once, here, into a
 * token trie; `find` then normalizes and tokenizes the text once and walks the trie from each token,
 * keeping the leftmost-longest match ("AWS Lambda" over "AWS", "C++" over "C").
 *
 * Ambiguous spellings (a dictionary's `ambiguous` list) count only when written exactly as listed and
 * backed by context: a cue word next to them ("in Go", "Excel macros") or another skill beside them in a
 * list ("Go, Python", a one-skill-per-line tag list). "go to market" and "We go above" never match.
 */
export function createSkillMatcher(
  defs: readonly SkillDefinition[],
  options: SkillMatcherOptions = {},
): SkillMatcher {
  const normalize = options.normalize ?? normalizeForMatching;
  const tokenize = options.tokenize ?? tokenizeTechText;
  const policy: VariantPolicy = { separators: true, plurals: true, ...options.variants };
  const cues = toCueSets(options.ambiguityCues ?? DEFAULT_AMBIGUITY_CUES);
  const skills = defs.map((def) => ({ name: def.name, category: def.category }));
  const root = createTrieNode();
  let aliasCount = 0;

  // `explicit` false: every spelling the dictionary already gives (even a derived variant) keeps its skill.
  const addSpelling = (spelling: string, skill: number, ambiguous: boolean, explicit = true): void => {
    const tokens = tokenize(normalize(spelling).text);
    if (tokens.count === 0) return;
    const ambiguousForm = ambiguous ? stripIgnorables(spelling).normalize('NFKC') : undefined;
    const variants = aliasVariants(tokens, { ...policy, plurals: policy.plurals && !ambiguous });
    const acronym = ACRONYM_END_RE.test(spelling.trim());
    const last = tokens.texts[tokens.count - 1] ?? '';
    variants.forEach((sequence, i) => {
      const inserted = insertSequence(root, sequence, {
        skill,
        ambiguousForm,
        explicit: explicit && i === 0,
        acronymPlural: acronym && i > 0 && sequence[sequence.length - 1] === `${last}s`,
      });
      if (inserted && i === 0) aliasCount++;
    });
  };

  defs.forEach((def, skill) => {
    const ambiguous = new Set(def.ambiguous ?? []);
    for (const spelling of [def.name, ...def.aliases]) addSpelling(spelling, skill, ambiguous.has(spelling));
  });
  const byName = new Map(defs.map((def, i) => [def.name.toLowerCase(), i]));
  for (const def of options.extraSkills ?? []) {
    let skill = byName.get(def.name.toLowerCase());
    if (skill === undefined) {
      skill = skills.length;
      skills.push({ name: def.name, category: def.category });
      byName.set(def.name.toLowerCase(), skill);
    }
    const ambiguous = new Set(def.ambiguous ?? []);
    for (const spelling of [def.name, ...def.aliases])
      addSpelling(spelling, skill, ambiguous.has(spelling), false);
  }
  if (options.synonyms !== undefined) {
    for (const [spelling, name] of Object.entries(options.synonyms)) {
      const skill = byName.get(name.toLowerCase());
      if (skill === undefined) {
        throw new AppError(
          'invalid-input',
          `The synonym "${spelling}" points to "${name}", which is not a known skill.`,
          {
            spelling,
            name,
          },
        );
      }
      addSpelling(spelling, skill, false);
    }
  }

  const find = (text: string): SkillMatch[] => {
    if (text.length === 0) return [];
    const normalized = normalize(text);
    const tokens = tokenize(normalized.text);
    const firstTokens = root.next;
    if (firstTokens === undefined) return [];

    const candidates = collectCandidates(firstTokens, tokens);

    const originalStart = (token: number): number => normalized.starts[tokens.starts[token] ?? 0] ?? 0;
    const originalEnd = (token: number): number => normalized.ends[(tokens.ends[token] ?? 1) - 1] ?? 0;

    for (const candidate of candidates) {
      if (!candidate.entry.acronymPlural) continue;
      const last = stripIgnorables(
        text.slice(originalStart(candidate.end - 1), originalEnd(candidate.end - 1)),
      );
      if (ACRONYM_PLURAL_RE.test(last)) continue;
      candidate.status = REJECTED;
      if (candidate.plain === candidate.entry) candidate.plain = undefined;
    }

    if (candidates.some((candidate) => candidate.status === PENDING)) {
      for (const candidate of candidates) {
        if (candidate.status !== PENDING) continue;
        const surface = stripIgnorables(
          text.slice(originalStart(candidate.start), originalEnd(candidate.end - 1)),
        );
        if (surface.normalize('NFKC') !== candidate.entry.ambiguousForm) candidate.status = REJECTED;
      }
      resolveByContext(candidates, tokens, cues);
    }

    const matches: SkillMatch[] = [];
    let lastEnd = 0;
    for (const candidate of candidates) {
      let end = candidate.end;
      let entry = candidate.entry;
      if (candidate.status !== ACCEPTED) {
        if (candidate.plain === undefined) continue;
        entry = candidate.plain;
        end = candidate.plainEnd;
      }
      const start = originalStart(candidate.start);
      // Two tokens can come from one original character ("½" is 1, ⁄, 2): never report overlapping ranges.
      if (start < lastEnd) continue;
      const skill = skills[entry.skill];
      if (skill === undefined) continue;
      lastEnd = originalEnd(end - 1);
      matches.push({ skill: skill.name, category: skill.category, start, end: lastEnd });
    }
    return matches;
  };

  const skillOf = (spelling: string): string | undefined => {
    const tokens = tokenize(normalize(spelling).text);
    const first = tokens.count === 0 ? undefined : root.next?.get(tokens.texts[0] ?? '');
    if (first === undefined) return undefined;
    const walk = walkFrom(first, tokens.texts, 0, tokens.count);
    return walk.longestEnd === tokens.count && walk.longest !== undefined
      ? skills[walk.longest.skill]?.name
      : undefined;
  };

  return { find, skillOf, aliasCount };
}

/** Leftmost-longest trie matches over the tokens; ambiguous ones start pending. */
function collectCandidates(firstTokens: ReadonlyMap<string, TrieNode>, tokens: TokenList): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.count;) {
    // Most tokens start no alias: one Map lookup rules them out before any walk.
    const first = firstTokens.get(tokens.texts[i] ?? '');
    const walk = first === undefined ? undefined : walkFrom(first, tokens.texts, i, tokens.count);
    if (walk?.longest === undefined) {
      i++;
      continue;
    }
    candidates.push({
      start: i,
      end: walk.longestEnd,
      entry: walk.longest,
      plain: walk.plain,
      plainEnd: walk.plainEnd,
      status: walk.longest.ambiguousForm === undefined ? ACCEPTED : PENDING,
    });
    i = walk.longestEnd;
  }
  return candidates;
}

/**
 * Accepts pending ambiguous candidates that have a cue word beside them or an accepted skill next to them
 * in a list, sweeping so that a list of several ambiguous names ("Go, Rust, Python") confirms itself from
 * the one plain name in it. Whatever is still pending at the end is rejected.
 */
function resolveByContext(candidates: Candidate[], tokens: TokenList, cues: AmbiguityCuesSets): void {
  const byStart = new Int32Array(tokens.count).fill(-1);
  const byEnd = new Int32Array(tokens.count).fill(-1);
  candidates.forEach((candidate, i) => {
    byStart[candidate.start] = i;
    byEnd[candidate.end - 1] = i;
  });
  const acceptedAt = (index: Int32Array, token: number): boolean =>
    token >= 0 && candidates[index[token] ?? -1]?.status === ACCEPTED;

  // A line made only of skill names and separators ("- Rust and Go", "Word, Excel") is a list of skills
  // even when every name on it is ambiguous.
  for (const candidate of listOnlyCandidates(candidates, tokens, cues.listSeparators))
    candidate.status = ACCEPTED;

  // Sweeping forwards then backwards carries a confirmation along a whole list in either direction, so
  // this ends after a few sweeps even for a pasted list of thousands of ambiguous names.
  let changed = true;
  for (let sweep = 0; changed; sweep++) {
    changed = false;
    const forwards = sweep % 2 === 0;
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[forwards ? k : candidates.length - 1 - k];
      if (candidate === undefined || candidate.status !== PENDING) continue;
      const alone = isAloneOnLine(tokens, candidate.start, candidate.end);
      const confirmed =
        hasCueWord(tokens, candidate.start, candidate.end, cues) ||
        acceptedAt(
          byEnd,
          listNeighbour(tokens, candidate.start, candidate.end, -1, cues.listSeparators, alone),
        ) ||
        acceptedAt(
          byStart,
          listNeighbour(tokens, candidate.start, candidate.end, 1, cues.listSeparators, alone),
        );
      if (confirmed) {
        candidate.status = ACCEPTED;
        changed = true;
      }
    }
  }
  for (const candidate of candidates) if (candidate.status === PENDING) candidate.status = REJECTED;
}

/** Pending candidates on lines where every token is a separator or part of one of at least two names. */
function listOnlyCandidates(
  candidates: readonly Candidate[],
  tokens: TokenList,
  separators: ReadonlySet<string>,
): Candidate[] {
  const found: Candidate[] = [];
  const lineOf = (c: Candidate | undefined): number => (c === undefined ? -1 : (tokens.lines[c.start] ?? -1));
  const checkedLines = new Set<number>();
  candidates.forEach((pending, index) => {
    const line = lineOf(pending);
    // Only lines holding a pending name are read, each once.
    if (pending.status !== PENDING || checkedLines.has(line)) return;
    checkedLines.add(line);
    let first = index;
    while (lineOf(candidates[first - 1]) === line) first--;
    let last = index;
    while (lineOf(candidates[last + 1]) === line) last++;
    let token = pending.start;
    while (token > 0 && tokens.lines[token - 1] === line) token--;
    let k = first;
    let names = 0;
    let listOnly = true;
    while (listOnly && token < tokens.count && tokens.lines[token] === line) {
      const candidate = k <= last ? candidates[k] : undefined;
      if (candidate !== undefined && candidate.start === token) {
        listOnly = candidate.status !== REJECTED;
        names++;
        token = candidate.end;
        k++;
      } else {
        listOnly = separators.has(tokens.texts[token] ?? '');
        token++;
      }
    }
    if (!listOnly || names < 2) return;
    for (let c = first; c <= last; c++) {
      const candidate = candidates[c];
      if (candidate?.status === PENDING) found.push(candidate);
    }
  });
  return found;
}
