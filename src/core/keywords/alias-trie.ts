/**
 * A trie keyed by whole tokens: one Map lookup per token of the text, however many aliases there are.
 * Matching cost is O(tokens x longest alias), independent of the dictionary size and of what the aliases
 * contain (an alias like "(a+)+$" is just six tokens, never a regular expression).
 *
 * Tokens are numbered (a vocabulary) and nodes are numbers, so the whole trie is three flat tables that
 * load from JSON without one object per node: the bundled dictionary ships precompiled this way. A trie
 * can also be a small layer over a frozen one (`createTokenTrie(base)`): the user's own terms go there, so
 * adding one never rebuilds the 9,000 bundled spellings, and the layer resolves every collision exactly
 * as inserting into one trie would (`insertSequence` reads the entry the base holds).
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
  /**
   * Set for a spelling the dictionary writes in capitals only ("BI", "CPA", "ICD-10"): as the first part
   * of a hyphenated word it counts only in capitals too, so "bi-weekly" is not BI but "AI-driven" is AI.
   */
  acronym: boolean;
}

// Edge keys are parent * TOKEN_SPACE + token: exact in a double for 2^29 nodes and 2^24 tokens.
const TOKEN_SPACE = 2 ** 24;
export const ROOT = 0;
export const NO_NODE = -1;

/** What matching needs from a trie, frozen or layered. */
export interface TrieReader {
  /** The id of a token text, or NO_NODE when no alias holds that token (so nothing can match there). */
  tokenId(text: string): number;
  /** The node after `node` on `token`, or NO_NODE. */
  child(node: number, token: number): number;
  entry(node: number): TrieEntry | undefined;
}

/**
 * The trie as flat tables, nodes numbered breadth-first with each node's children sorted by token, so
 * the children of a node are consecutive and found from the counts alone. Node 0 is the root.
 * - `tokens[n]`: the token id on the edge into node n (unused for the root);
 * - `childCounts[n]`: how many children node n has;
 * - `entries[n]`: 0 for no entry, else (skill + 1) * 8 + flags (1 explicit, 2 acronym plural, 4 acronym);
 * - `formNodes`: pairs (node, index into `forms`) for the entries that carry an ambiguous form.
 */
export interface SerializedTrie {
  vocabulary: string[];
  tokens: Int32Array;
  childCounts: Int32Array;
  entries: Int32Array;
  forms: string[];
  formNodes: number[];
}

/**
 * What a node holds after `entry` is added where `existing` was: a spelling written in the dictionary
 * beats a derived variant, and otherwise the first one stays (the dictionary tests forbid real
 * conflicts). For the same skill, an ambiguous spelling keeps its caution, and a spelling is an acronym
 * only when every way the skill writes it is in capitals. Undefined: no change.
 */
export function mergeEntry(existing: TrieEntry | undefined, entry: TrieEntry): TrieEntry | undefined {
  if (existing === undefined) return entry;
  if (existing.skill === entry.skill) {
    const takesForm =
      existing.ambiguousForm === undefined && entry.ambiguousForm !== undefined && entry.explicit;
    const acronym = existing.acronym && entry.acronym;
    if (!takesForm && acronym === existing.acronym) return undefined;
    return takesForm
      ? { ...existing, ambiguousForm: entry.ambiguousForm, explicit: true, acronym }
      : { ...existing, acronym };
  }
  return !existing.explicit && entry.explicit ? entry : undefined;
}

/**
 * A trie that grows by `insert`. Over a `base` it is a layer: the base is read, never changed; node and
 * token ids go on from the base's, so one number names a node or token of either.
 */
export class TokenTrie implements TrieReader {
  private readonly base: FrozenTrie | undefined;
  private readonly vocabulary = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  private readonly entries = new Map<number, TrieEntry>();
  // In creation order, for serializing: node base.nodeCount + i hangs under parents[i] on tokens[i].
  private readonly parents: number[] = [];
  private readonly tokens: number[] = [];
  private readonly texts: string[] = [];

  constructor(base?: FrozenTrie) {
    this.base = base;
  }

  /** True when nothing was inserted: a layer with no user terms can be skipped. */
  get empty(): boolean {
    return this.entries.size === 0;
  }

  tokenId(text: string): number {
    const base = this.base;
    if (base !== undefined) {
      const id = base.tokenId(text);
      if (id !== NO_NODE || this.vocabulary.size === 0) return id;
    }
    return this.vocabulary.get(text) ?? NO_NODE;
  }

  child(node: number, token: number): number {
    const base = this.base;
    if (base !== undefined) {
      const next = base.child(node, token);
      if (next !== NO_NODE || this.edges.size === 0) return next;
    }
    return this.edges.get(node * TOKEN_SPACE + token) ?? NO_NODE;
  }

  entry(node: number): TrieEntry | undefined {
    return this.entries.get(node) ?? this.base?.entry(node);
  }

  /** Adds one token sequence, resolving a collision with `mergeEntry`. Returns whether the trie changed. */
  insert(tokens: readonly string[], entry: TrieEntry): boolean {
    if (tokens.length === 0) return false;
    const baseNodes = this.base?.nodeCount ?? 1;
    const baseTokens = this.base?.vocabulary.length ?? 0;
    let node = ROOT;
    for (const text of tokens) {
      let token = this.tokenId(text);
      if (token === NO_NODE) {
        token = baseTokens + this.texts.length;
        this.texts.push(text);
        this.vocabulary.set(text, token);
      }
      let next = this.child(node, token);
      if (next === NO_NODE) {
        next = baseNodes + this.parents.length;
        this.parents.push(node);
        this.tokens.push(token);
        this.edges.set(node * TOKEN_SPACE + token, next);
      }
      node = next;
    }
    const merged = mergeEntry(this.entry(node), entry);
    if (merged === undefined) return false;
    this.entries.set(node, merged);
    return true;
  }

  /** This trie as tables. Only a trie without a base: the bundled dictionary is compiled that way. */
  serialize(): SerializedTrie {
    if (this.base !== undefined) throw new Error('Serialize the base trie, not a layer over it.');
    const count = this.parents.length + 1;
    const children: number[][] = Array.from({ length: count }, () => []);
    this.parents.forEach((parent, i) => children[parent]?.push(i + 1));
    const tokenOf = (node: number): number => this.tokens[node - 1] ?? 0;
    // Breadth-first renumbering: `order[newId]` is the old id.
    const order = [ROOT];
    for (let i = 0; i < order.length; i++) {
      const list = children[order[i] ?? ROOT] ?? [];
      list.sort((a, b) => tokenOf(a) - tokenOf(b));
      order.push(...list);
    }
    const data: SerializedTrie = {
      vocabulary: [...this.texts],
      tokens: new Int32Array(count),
      childCounts: new Int32Array(count),
      entries: new Int32Array(count),
      forms: [],
      formNodes: [],
    };
    const formIndex = new Map<string, number>();
    order.forEach((old, node) => {
      data.tokens[node] = old === ROOT ? 0 : tokenOf(old);
      data.childCounts[node] = children[old]?.length ?? 0;
      const found = this.entries.get(old);
      if (found === undefined) return;
      data.entries[node] =
        (found.skill + 1) * 8 +
        (found.explicit ? 1 : 0) +
        (found.acronymPlural ? 2 : 0) +
        (found.acronym ? 4 : 0);
      if (found.ambiguousForm === undefined) return;
      let form = formIndex.get(found.ambiguousForm);
      if (form === undefined) {
        form = data.forms.length;
        formIndex.set(found.ambiguousForm, form);
        data.forms.push(found.ambiguousForm);
      }
      data.formNodes.push(node, form);
    });
    return data;
  }

  /** A frozen copy, to be the base of layers (compiling a dictionary ends here). */
  freeze(): FrozenTrie {
    return new FrozenTrie(this.serialize());
  }
}

// A node with more children than this is searched by halves, fewer one by one.
const LINEAR_CHILDREN = 8;

/**
 * A trie that never changes, read from its tables with no walk of any alias and no object per node
 * (loading the bundled dictionary costs a few milliseconds): the root's children are one array indexed
 * by token, every other node's are a sorted run of `tokens`.
 */
export class FrozenTrie implements TrieReader {
  readonly data: SerializedTrie;
  readonly vocabulary: readonly string[];
  readonly nodeCount: number;
  private readonly ids = new Map<string, number>();
  private readonly rootChild: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly forms = new Map<number, string>();
  // Entry objects are made on first use: a walk compares them by identity.
  private readonly made: (TrieEntry | undefined)[];

  constructor(data: SerializedTrie) {
    this.data = data;
    this.vocabulary = data.vocabulary;
    const { vocabulary, tokens, childCounts, forms, formNodes } = data;
    for (let id = 0; id < vocabulary.length; id++) this.ids.set(vocabulary[id] ?? '', id);
    this.nodeCount = tokens.length;
    this.firstChild = new Int32Array(this.nodeCount);
    this.made = new Array<TrieEntry | undefined>(this.nodeCount);
    let next = 1;
    for (let node = 0; node < this.nodeCount; node++) {
      this.firstChild[node] = next;
      next += childCounts[node] ?? 0;
    }
    this.rootChild = new Int32Array(vocabulary.length).fill(NO_NODE);
    for (let child = 1; child <= (childCounts[ROOT] ?? 0); child++) {
      this.rootChild[tokens[child] ?? 0] = child;
    }
    for (let i = 0; i + 1 < formNodes.length; i += 2) {
      this.forms.set(formNodes[i] ?? 0, forms[formNodes[i + 1] ?? 0] ?? '');
    }
  }

  tokenId(text: string): number {
    return this.ids.get(text) ?? NO_NODE;
  }

  child(node: number, token: number): number {
    if (node === ROOT) return this.rootChild[token] ?? NO_NODE;
    const tokens = this.data.tokens;
    let low = this.firstChild[node] ?? 0;
    let high = low + (this.data.childCounts[node] ?? 0);
    while (high - low > LINEAR_CHILDREN) {
      const middle = (low + high) >> 1;
      if ((tokens[middle] ?? 0) <= token) low = middle;
      else high = middle;
    }
    for (let child = low; child < high; child++) if (tokens[child] === token) return child;
    return NO_NODE;
  }

  entry(node: number): TrieEntry | undefined {
    const made = this.made[node];
    if (made !== undefined) return made;
    const code = this.data.entries[node] ?? 0;
    if (code === 0) return undefined;
    const entry: TrieEntry = {
      skill: (code >> 3) - 1,
      ambiguousForm: this.forms.get(node),
      explicit: (code & 1) !== 0,
      acronymPlural: (code & 2) !== 0,
      acronym: (code & 4) !== 0,
    };
    this.made[node] = entry;
    return entry;
  }
}

/** What the trie holds starting at one token: the longest entry, and the longest one needing no context. */
export interface TrieWalk {
  longest: TrieEntry | undefined;
  longestEnd: number;
  plain: TrieEntry | undefined;
  plainEnd: number;
}

/**
 * Walks on from `first`, the child of the root for `tokens[start]`. `ids` caches token ids of the text
 * (-2: not looked up yet), since a token is looked up again by every walk that reaches it.
 */
export function walkFrom(
  trie: TrieReader,
  first: number,
  tokens: readonly string[],
  ids: Int32Array,
  start: number,
  count: number,
): TrieWalk {
  const walk: TrieWalk = { longest: undefined, longestEnd: start, plain: undefined, plainEnd: start };
  let node = first;
  for (let j = start; node !== NO_NODE;) {
    const entry = trie.entry(node);
    if (entry !== undefined) {
      walk.longest = entry;
      walk.longestEnd = j + 1;
      if (entry.ambiguousForm === undefined) {
        walk.plain = entry;
        walk.plainEnd = j + 1;
      }
    }
    if (++j >= count) break;
    let token = ids[j] ?? NO_NODE;
    if (token === UNKNOWN) {
      token = trie.tokenId(tokens[j] ?? '');
      ids[j] = token;
    }
    node = token === NO_NODE ? NO_NODE : trie.child(node, token);
  }
  return walk;
}

/** Marks a token id not looked up yet in the `ids` cache of `walkFrom`. */
export const UNKNOWN = -2;
