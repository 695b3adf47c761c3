import { aliasVariants, phrasingVariants, type VariantPolicy } from './alias-variants';
import { FrozenTrie, TokenTrie, type SerializedTrie } from './alias-trie';
import { normalizeForMatching, stripIgnorables, type NormalizedText } from './matching-text';
import { compileSenses, type SenseTable } from './skill-senses';
import type { SkillDefinition } from './skill-types';
import { tokenizeTechText, type Tokenizer } from './tokenize';

/** How spellings become token sequences; the matcher's `normalize`, `tokenize` and `variants` options. */
export interface SpellingPolicy {
  normalize: (text: string) => NormalizedText;
  tokenize: Tokenizer;
  variants: VariantPolicy;
}

export const DEFAULT_VARIANTS: VariantPolicy = { separators: true, plurals: true, phrasings: true };

/** A dictionary turned into a frozen token trie, ready for any number of matchers (and user layers). */
export interface CompiledSkills {
  /** The skill table: entry `skill` of the trie indexes it (the dictionary's order). */
  readonly skills: readonly { name: string; category: string }[];
  readonly trie: FrozenTrie;
  /** The readings of spellings several skills share (`shares` in the dictionary). */
  readonly senses: SenseTable;
  /** Distinct spellings the dictionary added (its names and aliases, not the derived variants). */
  readonly aliasCount: number;
}

/** `CompiledSkills` as JSON: what the build writes for the bundled dictionary. */
export interface SerializedSkills {
  format: number;
  aliasCount: number;
  trie: SerializedTrie;
}

// Bump when the trie tables or the default normalizer, tokenizer or variants change what they produce:
// an artifact of another format is ignored and the dictionary compiled from its files instead.
export const SERIALIZED_FORMAT = 4;

const UPPER_RE = /^\p{Lu}$/u;
const LETTER_RE = /^\p{L}$/u;
const UPPER_OR_DIGIT_RE = /^[\p{Lu}\d]$/u;

/**
 * True for an alias ending in an acronym ("SEN", "REST API", "ICD10"): a capital after a non-letter or at
 * the start, then at least one more capital or digit, to the end. Its derived plural counts only in
 * capitals ("APIs"). Read backwards over the last run of capitals and digits: the regex
 * /(?:^|[^\p{L}])\p{Lu}[\p{Lu}\d]+$/u restarts at every digit of a run, quadratic on "A1A1...A1!".
 */
function endsInAcronym(spelling: string): boolean {
  const chars = Array.from(spelling);
  let start = chars.length;
  while (start > 0 && UPPER_OR_DIGIT_RE.test(chars[start - 1] ?? '')) start--;
  for (let at = start; at < chars.length - 1; at++) {
    const before = chars[at - 1];
    if (UPPER_RE.test(chars[at] ?? '') && (before === undefined || !LETTER_RE.test(before))) return true;
  }
  return false;
}
// A spelling in capitals only ("BI", "CPA", "ICD-10", "CI/CD"): see `TrieEntry.acronym`.
const CAPITALS_ONLY_RE = /^(?=.*\p{Lu})\P{Ll}*$/su;

/**
 * Inserts spellings into a trie with their derived variants. Returns how many spellings were new
 * (a spelling counts when its own sequence, not only a variant, took a node).
 */
export function spellingInserter(
  trie: TokenTrie,
  policy: SpellingPolicy,
): (spelling: string, skill: number, ambiguous: boolean, explicit: boolean) => boolean {
  return (spelling, skill, ambiguous, explicit) => {
    const tokens = policy.tokenize(policy.normalize(spelling).text);
    if (tokens.count === 0) return false;
    const ambiguousForm = ambiguous ? stripIgnorables(spelling).normalize('NFKC') : undefined;
    const plurals = policy.variants.plurals && !ambiguous;
    const variants = aliasVariants(tokens, { ...policy.variants, plurals });
    const acronym = endsInAcronym(spelling.trim());
    const capitals = CAPITALS_ONLY_RE.test(spelling);
    const plural = `${tokens.texts[tokens.count - 1] ?? ''}s`;
    let added = false;
    variants.forEach((sequence, i) => {
      const isPlural = i > 0 && sequence[sequence.length - 1] === plural;
      const inserted = trie.insert(sequence, {
        skill,
        ambiguousForm,
        explicit: explicit && i === 0,
        acronymPlural: acronym && isPlural,
        // The plural is written with a lower-case "s" ("APIs"), so it is not in capitals only.
        acronym: capitals && !isPlural,
      });
      if (inserted && i === 0) added = true;
    });
    return added;
  };
}

/** Compiles a dictionary: every name and alias with its variants, in the dictionary's order. */
export function compileSkills(
  defs: readonly SkillDefinition[],
  policy: Partial<SpellingPolicy> = {},
): CompiledSkills {
  const full: SpellingPolicy = {
    normalize: policy.normalize ?? normalizeForMatching,
    tokenize: policy.tokenize ?? tokenizeTechText,
    variants: { ...DEFAULT_VARIANTS, ...policy.variants },
  };
  const trie = new TokenTrie();
  const add = spellingInserter(trie, full);
  let aliasCount = 0;
  defs.forEach((def, skill) => {
    const ambiguous = def.ambiguous ?? [];
    if (add(def.name, skill, ambiguous.includes(def.name), true)) aliasCount++;
    for (const alias of def.aliases) if (add(alias, skill, ambiguous.includes(alias), true)) aliasCount++;
  });
  insertPhrasings(trie, defs, full);
  const frozen = trie.freeze();
  return { skills: skillTable(defs), trie: frozen, senses: compileSenses(defs, frozen, full), aliasCount };
}

/**
 * The phrasings of every unambiguous spelling, after all other spellings are in: one that two skills
 * would both derive is left out (neither owns it), and one that any spelling already holds keeps it.
 */
function insertPhrasings(trie: TokenTrie, defs: readonly SkillDefinition[], policy: SpellingPolicy): void {
  if (!policy.variants.phrasings) return;
  const claims = new Map<string, { sequence: string[]; skill: number; shared: boolean }>();
  defs.forEach((def, skill) => {
    const ambiguous = def.ambiguous ?? [];
    for (const spelling of [def.name, ...def.aliases]) {
      if (ambiguous.includes(spelling)) continue;
      const tokens = policy.tokenize(policy.normalize(spelling).text);
      for (const sequence of phrasingVariants(tokens, policy.variants)) {
        const key = sequence.join('\u0000');
        const claim = claims.get(key);
        if (claim === undefined) claims.set(key, { sequence, skill, shared: false });
        else if (claim.skill !== skill) claim.shared = true;
      }
    }
  });
  for (const { sequence, skill, shared } of claims.values()) {
    if (!shared) {
      trie.insert(sequence, {
        skill,
        ambiguousForm: undefined,
        explicit: false,
        acronymPlural: false,
        acronym: false,
      });
    }
  }
}

export function serializeSkills(compiled: CompiledSkills): SerializedSkills {
  return { format: SERIALIZED_FORMAT, aliasCount: compiled.aliasCount, trie: compiled.trie.data };
}

/**
 * Reads back `serializeSkills(compileSkills(defs))` for the same `defs` (the caller checks they are the
 * same, e.g. by a hash of the files). Undefined for another format.
 */
export function deserializeSkills(
  defs: readonly SkillDefinition[],
  data: SerializedSkills,
): CompiledSkills | undefined {
  if (data.format !== SERIALIZED_FORMAT) return undefined;
  const trie = new FrozenTrie(data.trie);
  const policy = { normalize: normalizeForMatching, tokenize: tokenizeTechText, variants: DEFAULT_VARIANTS };
  return {
    skills: skillTable(defs),
    trie,
    senses: compileSenses(defs, trie, policy),
    aliasCount: data.aliasCount,
  };
}

// The bundled dictionary is one array for the life of the app; every matcher built on it (one per change
// of the user's dictionary) reuses its compiled trie. Keyed by identity: a dictionary array is read-only.
const compiledByDefs = new WeakMap<readonly SkillDefinition[], CompiledSkills>();

/**
 * The compiled form of `defs` under the default policies, compiled on first use and remembered for this
 * array; `remember` records one read from disk so even the first matcher skips compiling.
 */
export function compiledSkillsFor(defs: readonly SkillDefinition[]): CompiledSkills {
  let compiled = compiledByDefs.get(defs);
  if (compiled === undefined) {
    compiled = compileSkills(defs);
    compiledByDefs.set(defs, compiled);
  }
  return compiled;
}

export function rememberCompiledSkills(defs: readonly SkillDefinition[], compiled: CompiledSkills): void {
  compiledByDefs.set(defs, compiled);
}

function skillTable(defs: readonly SkillDefinition[]): { name: string; category: string }[] {
  return defs.map((def) => ({ name: def.name, category: def.category }));
}
