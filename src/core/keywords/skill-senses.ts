import { NO_NODE, ROOT, type TrieEntry, type TrieReader } from './alias-trie';
import type { SpellingPolicy } from './compiled-skills';
import { aliasVariants } from './alias-variants';
import type { SkillDefinition } from './skill-types';
import type { TokenList } from './tokenize';

/**
 * Spellings with several meanings ("EMR": Amazon EMR or electronic health records). The dictionary gives
 * the spelling to one skill (its owner, the default reading); other skills list it in `shares`, and each
 * reading is backed by its `context` (see `SenseContext`).
 */
interface Sense {
  skill: number;
  categories: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

/** The readings of one shared spelling, the owner (default) first. */
export type SenseGroup = readonly Sense[];

export interface SenseTable {
  /** Skills that own a shared spelling: a match of any other skill needs no look-up. */
  readonly owners: ReadonlySet<number>;
  /** Token sequence of a shared spelling (and its derived variants), joined by " ", to its readings. */
  readonly groups: ReadonlyMap<string, SenseGroup>;
}

/**
 * Reads the `shares` of a dictionary against the trie that holds it. A shared spelling nobody owns is
 * ignored here (the dictionary checks refuse it, see `findUnownedShares`).
 */
export function compileSenses(
  defs: readonly SkillDefinition[],
  trie: TrieReader,
  policy: SpellingPolicy,
): SenseTable {
  const owners = new Set<number>();
  const groups = new Map<string, Sense[]>();
  const senseOf = (def: SkillDefinition, skill: number): Sense => ({
    skill,
    categories: new Set(def.context?.categories ?? [def.category]),
    words: new Set(def.context?.words ?? []),
  });
  defs.forEach((def, skill) => {
    for (const spelling of def.shares ?? []) {
      const tokens = policy.tokenize(policy.normalize(spelling).text);
      for (const sequence of aliasVariants(tokens, policy.variants)) {
        const owner = entryOf(trie, sequence)?.skill;
        const ownerDef = owner === undefined ? undefined : defs[owner];
        if (owner === undefined || ownerDef === undefined || owner === skill) continue;
        const key = sequence.join(' ');
        let group = groups.get(key);
        if (group === undefined) {
          group = [senseOf(ownerDef, owner)];
          groups.set(key, group);
        }
        if (!group.some((sense) => sense.skill === skill)) group.push(senseOf(def, skill));
        owners.add(owner);
      }
    }
  });
  return { owners, groups };
}

/** What a whole token sequence names in the trie, if anything. */
export function entryOf(trie: TrieReader, sequence: readonly string[]): TrieEntry | undefined {
  let node = ROOT;
  for (const text of sequence) {
    const token = trie.tokenId(text);
    node = token === NO_NODE ? NO_NODE : trie.child(node, token);
    if (node === NO_NODE) return undefined;
  }
  return trie.entry(node);
}

/**
 * True when the tokens [start, end) are a shared spelling and a cue word of one of its readings is on the
 * same line ("Run SEM campaigns", "IRB protocols"): context enough to take an ambiguous spelling as a skill.
 */
export function hasSenseWord(table: SenseTable, tokens: TokenList, start: number, end: number): boolean {
  if (table.groups.size === 0) return false;
  const group = table.groups.get(tokens.texts.slice(start, end).join(' '));
  if (group === undefined) return false;
  const line = tokens.lines[start];
  let first = start;
  while (first > 0 && tokens.lines[first - 1] === line) first--;
  for (let i = first; i < tokens.count && tokens.lines[i] === line; i++) {
    if (i === start) i = end;
    const text = tokens.texts[i] ?? '';
    if (group.some((sense) => sense.words.has(text))) return true;
  }
  return false;
}

/** A span of tokens the matcher settled on, and its skill. */
export interface ChosenSpan {
  start: number;
  end: number;
  skill: number;
}

// How far (in lines) the near context reaches on each side: a bullet and its neighbours.
const NEAR_LINES = 3;

/**
 * Picks the reading of each shared spelling among `spans`: the reading with the most support on the
 * same line, else within a few lines, else in the whole text, wins; a tie keeps the owner. Support is the
 * number of cue words plus the number of other skills of the reading's categories in that scope.
 */
export function chooseSenses(
  spans: ChosenSpan[],
  tokens: TokenList,
  table: SenseTable,
  categoryOf: (skill: number) => string | undefined,
): void {
  if (table.owners.size === 0) return;
  for (const span of spans) {
    if (!table.owners.has(span.skill)) continue;
    const group = table.groups.get(tokens.texts.slice(span.start, span.end).join(' '));
    if (group === undefined) continue;
    const groupSkills = new Set(group.map((sense) => sense.skill));
    const line = tokens.lines[span.start] ?? 0;
    const scopes: ((tokenLine: number) => boolean)[] = [
      (l) => l === line,
      (l) => Math.abs(l - line) <= NEAR_LINES,
      () => true,
    ];
    for (const inScope of scopes) {
      const scores = group.map((sense) => {
        let score = 0;
        for (let i = 0; i < tokens.count; i++) {
          if (i === span.start) i = span.end;
          if (i < tokens.count && inScope(tokens.lines[i] ?? 0) && sense.words.has(tokens.texts[i] ?? ''))
            score++;
        }
        for (const other of spans) {
          if (other === span || groupSkills.has(other.skill) || !inScope(tokens.lines[other.start] ?? 0))
            continue;
          if (sense.categories.has(categoryOf(other.skill) ?? '')) score++;
        }
        return score;
      });
      const best = Math.max(...scores);
      const winners = scores.filter((score) => score === best).length;
      if (best > 0 && winners === 1) {
        span.skill = group[scores.indexOf(best)]?.skill ?? span.skill;
        break;
      }
    }
  }
}
