import { AppError } from '../errors/app-error';
import { NO_NODE, ROOT, TokenTrie, UNKNOWN, walkFrom, type TrieEntry, type TrieReader } from './alias-trie';
import type { VariantPolicy } from './alias-variants';
import { namesABusiness } from './sector-words';
import {
  DEFAULT_AMBIGUITY_CUES,
  hasCategoryCue,
  hasCueWord,
  isAloneOnLine,
  isCapitalisedMidSentence,
  listNeighbour,
  toCueSets,
  type AmbiguityCues,
  type AmbiguityCuesSets,
} from './ambiguity-context';
import {
  DEFAULT_VARIANTS,
  compileSkills,
  compiledSkillsFor,
  spellingInserter,
  type CompiledSkills,
} from './compiled-skills';
import { sharedHeadSpans } from './shared-head';
import { chooseSenses, hasSenseWord, type ChosenSpan } from './skill-senses';
import { normalizeForMatching, stripIgnorables, type NormalizedText } from './matching-text';
import type { SkillDefinition, SkillMatch, SkillMatcher } from './skill-types';
import { tokenizeTechText, type TokenList, type Tokenizer } from './tokenize';

/** The matcher's policies. Every field is optional; the defaults are what the app uses. */
export interface SkillMatcherOptions {
  /** Folds text before tokenizing and maps offsets back. Default: `normalizeForMatching` (NFKC, lower case). */
  normalize?: (text: string) => NormalizedText;
  /** Default: `tokenizeTechText` (word runs and single punctuation tokens). */
  tokenize?: Tokenizer;
  /** Spelling variants derived from each alias. Default: separators, plurals and phrasings all on. */
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

// How the plural of an acronym must be written in the text ("APIs", not "Apis").
const ACRONYM_PLURAL_RE = /^\p{Lu}[\p{Lu}\d]+s$/u;
const LOWER_CASE_RE = /\p{Ll}/u;
const LETTERS_ONLY_RE = /^\p{L}+$/u;
const LETTER_RE = /^\p{L}/u;

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
 * Builds a matcher over a skills dictionary. Each alias is normalized and tokenized once into a token
 * trie (`compileSkills`); `find` then normalizes and tokenizes the text once and walks the trie from each
 * token, keeping the leftmost-longest match ("AWS Lambda" over "AWS", "C++" over "C").
 *
 * With the default normalizer, tokenizer and variants, the trie of `defs` is compiled once per array and
 * shared (or read precompiled, see `rememberCompiledSkills`); `extraSkills` and `synonyms` go into a small
 * layer over it, so a matcher with one more user term costs that term, not the whole dictionary.
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
  const variants: VariantPolicy = { ...DEFAULT_VARIANTS, ...options.variants };
  const cues = toCueSets(options.ambiguityCues ?? DEFAULT_AMBIGUITY_CUES);
  const base: CompiledSkills =
    options.normalize === undefined && options.tokenize === undefined && sameVariants(variants)
      ? compiledSkillsFor(defs)
      : compileSkills(defs, { normalize, tokenize, variants });
  const skills = [...base.skills];
  const layer = new TokenTrie(base.trie);
  // `explicit` false for extras: every spelling the dictionary already gives (even a derived variant)
  // keeps its skill.
  const add = spellingInserter(layer, { normalize, tokenize, variants });
  let aliasCount = base.aliasCount;

  // Only user terms and synonyms look skills up by name: no index of 5,000 names for a plain matcher.
  const byName =
    options.extraSkills === undefined && options.synonyms === undefined
      ? new Map<string, number>()
      : new Map(defs.map((def, i) => [def.name.toLowerCase(), i]));
  for (const def of options.extraSkills ?? []) {
    let skill = byName.get(def.name.toLowerCase());
    if (skill === undefined) {
      skill = skills.length;
      skills.push({ name: def.name, category: def.category });
      byName.set(def.name.toLowerCase(), skill);
    }
    const ambiguous = def.ambiguous ?? [];
    for (const spelling of [def.name, ...def.aliases])
      if (add(spelling, skill, ambiguous.includes(spelling), false)) aliasCount++;
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
      if (add(spelling, skill, false, true)) aliasCount++;
    }
  }
  // With no user terms the layer is empty: match on the shared trie directly.
  const trie: TrieReader = layer.empty ? base.trie : layer;

  const find = (text: string): SkillMatch[] => {
    if (text.length === 0) return [];
    const normalized = normalize(text);
    const tokens = tokenize(normalized.text);

    const candidates = collectCandidates(trie, tokens);

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

    // "bi-weekly" is not BI: an acronym as the first part of a hyphenated word counts only written in
    // capitals, as the dictionary writes it ("AI-driven", "CPA-eligible").
    for (const candidate of candidates) {
      if (!candidate.entry.acronym || !startsHyphenatedWord(tokens, candidate.end)) continue;
      const surface = text.slice(originalStart(candidate.start), originalEnd(candidate.end - 1));
      if (!LOWER_CASE_RE.test(surface)) continue;
      candidate.status = REJECTED;
      if (candidate.plain === candidate.entry) candidate.plain = undefined;
    }

    // A one-word spelling in capitals only, written otherwise ("paye", "ses" in French prose, "Mes
    // missions" at the start of a sentence), is first a word of the language: like an ambiguous spelling
    // it counts only with a cue word or another skill beside it in a list ("python, sql, aws" still
    // counts). Written in capitals it is the acronym. "soc-2" or "ci/cd" is no word.
    for (const candidate of candidates) {
      if (!candidate.entry.acronym || candidate.status !== ACCEPTED) continue;
      if (candidate.end - candidate.start !== 1) continue;
      const surface = text.slice(originalStart(candidate.start), originalEnd(candidate.end - 1));
      if (!LETTERS_ONLY_RE.test(surface) || !LOWER_CASE_RE.test(surface)) continue;
      candidate.status = PENDING;
      if (candidate.plain === candidate.entry) candidate.plain = undefined;
    }

    // A word of an e-mail address ("recrutement@verane.example") is never a skill.
    for (const candidate of candidates) {
      if (text[originalEnd(candidate.end - 1)] !== '@' && text[originalStart(candidate.start) - 1] !== '@')
        continue;
      candidate.status = REJECTED;
      candidate.plain = undefined;
    }

    // "recruitment agencies", "secteur de la logistique": the employer's trade, not a skill asked for.
    for (const candidate of candidates) {
      if (candidate.status === REJECTED) continue;
      const line = tokens.lines[candidate.start];
      const after = tokens.lines[candidate.end] === line ? tokens.texts[candidate.end] : undefined;
      const before: string[] = [];
      for (let i = candidate.start - 1; i >= 0 && i >= candidate.start - 4 && tokens.lines[i] === line; i--) {
        before.unshift(tokens.texts[i] ?? '');
      }
      if (!namesABusiness(before, after)) continue;
      candidate.status = REJECTED;
      candidate.plain = undefined;
    }

    // "know Excel": the word before is on the same line, touches nothing but a space, and is lower case.
    const isProductUse = (start: number, end: number): boolean => {
      const before = start - 1;
      const wordBefore =
        before >= 0 && tokens.isWord[before] === 1 && tokens.lines[before] === tokens.lines[start]
          ? text.slice(originalStart(before), originalEnd(before))
          : undefined;
      const next = tokens.lines[end] === tokens.lines[start] ? tokens.texts[end] : undefined;
      return isCapitalisedMidSentence(
        text.slice(originalStart(start), originalEnd(end - 1)),
        wordBefore,
        next,
      );
    };

    if (candidates.some((candidate) => candidate.status === PENDING)) {
      for (const candidate of candidates) {
        if (candidate.status !== PENDING) continue;
        const surface = stripIgnorables(
          text.slice(originalStart(candidate.start), originalEnd(candidate.end - 1)),
        );
        const form = candidate.entry.ambiguousForm;
        if (form !== undefined && surface.normalize('NFKC') !== form) candidate.status = REJECTED;
      }
      resolveByContext(candidates, tokens, cues, ({ start, end, entry }) => {
        const category = skills[entry.skill]?.category ?? '';
        return (
          hasSenseWord(base.senses, tokens, start, end) ||
          hasCategoryCue(tokens, start, end, cues.byCategory.get(category)) ||
          (cues.productCategories.has(category) && isProductUse(start, end))
        );
      });
    }

    const chosen: ChosenSpan[] = [];
    for (const candidate of candidates) {
      if (candidate.status === ACCEPTED)
        chosen.push({ start: candidate.start, end: candidate.end, skill: candidate.entry.skill });
      else if (candidate.plain !== undefined)
        chosen.push({ start: candidate.start, end: candidate.plainEnd, skill: candidate.plain.skill });
    }
    const spans = mergeSorted(chosen, sharedHeadSpans(chosen, tokens, trie));
    chooseSenses(spans, tokens, base.senses, (skill) => skills[skill]?.category);

    const matches: SkillMatch[] = [];
    let lastEnd = 0;
    for (const span of spans) {
      const start = originalStart(span.start);
      // Two tokens can come from one original character ("½" is 1, ⁄, 2): never report overlapping ranges.
      if (start < lastEnd) continue;
      const skill = skills[span.skill];
      if (skill === undefined) continue;
      lastEnd = originalEnd(span.end - 1);
      matches.push({ skill: skill.name, category: skill.category, start, end: lastEnd });
    }
    return matches;
  };

  const skillOf = (spelling: string): string | undefined => {
    const tokens = tokenize(normalize(spelling).text);
    if (tokens.count === 0) return undefined;
    const token = trie.tokenId(tokens.texts[0] ?? '');
    const first = token === NO_NODE ? NO_NODE : trie.child(ROOT, token);
    if (first === NO_NODE) return undefined;
    const ids = new Int32Array(tokens.count).fill(UNKNOWN);
    const walk = walkFrom(trie, first, tokens.texts, ids, 0, tokens.count);
    return walk.longestEnd === tokens.count && walk.longest !== undefined
      ? skills[walk.longest.skill]?.name
      : undefined;
  };

  return { find, skillOf, aliasCount };
}

/** Two sorted span lists as one (`extra` never overlaps `spans`). */
function mergeSorted(spans: ChosenSpan[], extra: readonly ChosenSpan[]): ChosenSpan[] {
  if (extra.length === 0) return spans;
  return [...spans, ...extra].sort((a, b) => a.start - b.start);
}

/** True when the tokens from `end` are a hyphen and a word starting with a letter, all written together. */
function startsHyphenatedWord(tokens: TokenList, end: number): boolean {
  return (
    tokens.texts[end] === '-' &&
    tokens.isWord[end + 1] === 1 &&
    tokens.starts[end] === tokens.ends[end - 1] &&
    tokens.starts[end + 1] === tokens.ends[end] &&
    LETTER_RE.test(tokens.texts[end + 1] ?? '')
  );
}

function sameVariants(variants: VariantPolicy): boolean {
  return (
    variants.separators === DEFAULT_VARIANTS.separators &&
    variants.plurals === DEFAULT_VARIANTS.plurals &&
    variants.phrasings === DEFAULT_VARIANTS.phrasings
  );
}

/** Leftmost-longest trie matches over the tokens; ambiguous ones start pending. */
function collectCandidates(trie: TrieReader, tokens: TokenList): Candidate[] {
  const candidates: Candidate[] = [];
  const ids = new Int32Array(tokens.count).fill(UNKNOWN);
  for (let i = 0; i < tokens.count;) {
    // Most tokens start no alias: a token no alias holds is ruled out by one Map lookup.
    let token = ids[i] ?? UNKNOWN;
    if (token === UNKNOWN) token = trie.tokenId(tokens.texts[i] ?? '');
    const first = token === NO_NODE ? NO_NODE : trie.child(ROOT, token);
    const walk = first === NO_NODE ? undefined : walkFrom(trie, first, tokens.texts, ids, i, tokens.count);
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
 * Accepts pending ambiguous candidates that have a cue word beside them (or a context word of a shared
 * spelling on their line) or an accepted skill next to them
 * in a list, sweeping so that a list of several ambiguous names ("Go, Rust, Python") confirms itself from
 * the one plain name in it. Whatever is still pending at the end is rejected.
 */
function resolveByContext(
  candidates: Candidate[],
  tokens: TokenList,
  cues: AmbiguityCuesSets,
  // A context word of a shared spelling on the line, or a cue word of the skill's category beside it.
  contextWord: (candidate: Candidate) => boolean,
): void {
  const byStart = new Int32Array(tokens.count).fill(-1);
  const byEnd = new Int32Array(tokens.count).fill(-1);
  candidates.forEach((candidate, i) => {
    byStart[candidate.start] = i;
    byEnd[candidate.end - 1] = i;
  });
  const acceptedAt = (index: Int32Array, token: number): boolean =>
    token >= 0 && candidates[index[token] ?? -1]?.status === ACCEPTED;

  // "SAFe Program Consultant (SPC)": an ambiguous abbreviation in parentheses right after a name is that
  // name's abbreviation, not another skill the parenthesis lists.
  candidates.forEach((candidate, i) => {
    const before = candidates[i - 1];
    if (
      candidate.status === PENDING &&
      before !== undefined &&
      before.end === candidate.start - 1 &&
      tokens.texts[candidate.start - 1] === '(' &&
      tokens.texts[candidate.end] === ')' &&
      before.entry.skill !== candidate.entry.skill
    )
      candidate.status = REJECTED;
  });

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
        contextWord(candidate) ||
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
