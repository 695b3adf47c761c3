/**
 * A trie keyed by whole tokens: one Map lookup per token of the text, however many aliases there are.
 * Matching cost is O(tokens x longest alias), independent of the dictionary size and of what the aliases
 * contain (an alias like "(a+)+$" is just six tokens, never a regular expression).
 */
export interface TrieEntry {
  /** Index of the skill in the matcher's skill table. */
  skill: number;
  /** Set when this spelling is an ordinary word too: the exact form the text must show, e.g. "Go". */
  ambiguousForm: string | undefined;
  /** False for spellings the matcher derived (separator and plural variants). */
  explicit: boolean;
  /**
   * Set for the derived plural of an acronym ("SENs" of "SEN"): it counts only when the text writes the
   * acronym in capitals, so the French word "Sens" is not the acronym "SEN".
   */
  acronymPlural: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  entry: TrieEntry | undefined;
}

export function createTrieNode(): TrieNode {
  return { next: undefined, entry: undefined };
}

/**
 * Adds one token sequence. When two skills claim the same sequence, a spelling written in the dictionary
 * beats a derived variant, and otherwise the first one stays (the dictionary tests forbid real conflicts).
 * For the same skill, an ambiguous spelling keeps its caution. Returns whether the trie changed.
 */
export function insertSequence(root: TrieNode, tokens: readonly string[], entry: TrieEntry): boolean {
  if (tokens.length === 0) return false;
  let node = root;
  for (const token of tokens) {
    node.next ??= new Map();
    let child = node.next.get(token);
    if (child === undefined) {
      child = createTrieNode();
      node.next.set(token, child);
    }
    node = child;
  }
  const existing = node.entry;
  if (existing === undefined) {
    node.entry = entry;
    return true;
  }
  if (existing.skill === entry.skill) {
    if (existing.ambiguousForm === undefined && entry.ambiguousForm !== undefined && entry.explicit) {
      node.entry = { ...existing, ambiguousForm: entry.ambiguousForm, explicit: true };
      return true;
    }
    return false;
  }
  if (!existing.explicit && entry.explicit) {
    node.entry = entry;
    return true;
  }
  return false;
}

/** What the trie holds starting at one token: the longest entry, and the longest one needing no context. */
export interface TrieWalk {
  longest: TrieEntry | undefined;
  longestEnd: number;
  plain: TrieEntry | undefined;
  plainEnd: number;
}

/** Walks on from `first`, the child of the root for `tokens[start]`. */
export function walkFrom(first: TrieNode, tokens: readonly string[], start: number, count: number): TrieWalk {
  const walk: TrieWalk = { longest: undefined, longestEnd: start, plain: undefined, plainEnd: start };
  let node: TrieNode | undefined = first;
  for (let j = start; node !== undefined;) {
    const entry = node.entry;
    if (entry !== undefined) {
      walk.longest = entry;
      walk.longestEnd = j + 1;
      if (entry.ambiguousForm === undefined) {
        walk.plain = entry;
        walk.plainEnd = j + 1;
      }
    }
    if (++j >= count) break;
    node = node.next?.get(tokens[j] ?? '');
  }
  return walk;
}
