import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_NODE,
  ROOT,
  TokenTrie,
  type TrieEntry,
  type TrieReader,
} from '../../../src/core/keywords/alias-trie';
import {
  compileSkills,
  deserializeSkills,
  serializeSkills,
} from '../../../src/core/keywords/compiled-skills';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import type { SkillDefinition } from '../../../src/core/keywords/skill-types';
import { workRatio } from '../regex-steps';
import {
  COMPILED_DICTIONARY,
  compileSkillDictionaryFiles,
  loadSkillDictionary,
} from '../../../src/main/adapters/skill-dictionary-files';
import { appSkills } from './app-dictionary';

const resources = join(import.meta.dirname, '../../../resources');
const evalDir = join(import.meta.dirname, '../../fixtures/eval');
const postings = [
  readFileSync(join(import.meta.dirname, '../../fixtures/postings/cutshort-devops-page.txt'), 'utf8'),
  ...readdirSync(evalDir)
    .filter((name) => /\.(txt|html)$/.test(name))
    .map((name) => readFileSync(join(evalDir, name), 'utf8')),
];

describe('the precompiled bundled dictionary', () => {
  it('is exactly what the dictionary files compile to now (run `npm run build:node` after editing them)', () => {
    const shipped = readFileSync(join(resources, 'skills', COMPILED_DICTIONARY), 'utf8');
    expect(shipped === compileSkillDictionaryFiles(resources)).toBe(true);
  });

  it('finds the same skills at the same places as compiling the files at run time', () => {
    const loaded = loadSkillDictionary(resources);
    // A copy is an array no matcher has seen: its trie is compiled from the definitions, not read.
    const fresh = createSkillMatcher([...loaded]);
    const precompiled = createSkillMatcher(loaded);
    expect(precompiled.aliasCount).toBe(fresh.aliasCount);
    for (const text of postings) expect(precompiled.find(text)).toEqual(fresh.find(text));
  });

  it('reads back from its serialized tables with the same matches', () => {
    const defs = appSkills.slice(0, 800);
    const compiled = compileSkills(defs);
    const data = serializeSkills(compiled);
    const copy = deserializeSkills(defs, structuredClone(data));
    expect(copy).toBeDefined();
    if (copy === undefined) return;
    for (const text of postings.slice(0, 8)) {
      expect(walkAll(copy.trie, text)).toEqual(walkAll(compiled.trie, text));
    }
  });

  it('is ignored when it was made from other files, so an edited dictionary is never shadowed', () => {
    const other = deserializeSkills(appSkills, { ...serializeSkills(compileSkills([])), format: -1 });
    expect(other).toBeUndefined();
  });
});

describe("the user's terms on top of the bundled dictionary", () => {
  const user: SkillDefinition[] = [
    { name: 'Zorblax', aliases: ['ZBX', 'Zorblax Cloud'], category: 'custom' },
    // Named like a bundled skill: adds its aliases to it.
    { name: 'kubernetes', aliases: ['kube cluster'], category: 'custom' },
    // Spellings the bundled dictionary already owns, listed or derived: ignored.
    { name: 'Golang', aliases: ['node-js', 'NodeJS'], category: 'custom' },
    // A longer spelling that starts like a bundled one.
    { name: 'AWS Lambda Power Tuning', aliases: ['Terraform Cloud Agents'], category: 'custom' },
    { name: 'Zorblax', aliases: ['zorblaxes'], category: 'other' },
  ];
  const text = [
    'We run Zorblax and ZBX on a kube cluster with Kubernetes, Golang and NodeJS.',
    'AWS Lambda Power Tuning, AWS Lambda, Terraform Cloud Agents and Terraform Cloud; zorblaxes.',
  ].join('\n');

  it('match exactly as a matcher compiled from scratch with the same terms', () => {
    const layered = createSkillMatcher(appSkills, { extraSkills: user });
    const rebuilt = createSkillMatcher([...appSkills], { extraSkills: user });
    expect(layered.find(text)).toEqual(rebuilt.find(text));
    expect(layered.aliasCount).toBe(rebuilt.aliasCount);
    for (const spelling of ['ZBX', 'kube cluster', 'Golang', 'node-js', 'Terraform Cloud Agents', 'AWS'])
      expect(layered.skillOf(spelling)).toBe(rebuilt.skillOf(spelling));
    expect(layered.find(text).map((match) => match.skill)).toEqual(
      expect.arrayContaining(['Zorblax', 'Kubernetes', 'Go', 'Node.js', 'AWS Lambda Power Tuning']),
    );
  });

  it('leave the bundled matcher as it was', () => {
    const before = createSkillMatcher(appSkills).find(text);
    createSkillMatcher(appSkills, { extraSkills: user });
    expect(createSkillMatcher(appSkills).find(text)).toEqual(before);
    expect(before.map((match) => match.skill)).not.toContain('Zorblax');
  });
});

describe('a trie layered over a frozen one', () => {
  const token = fc.constantFrom('a', 'b', 'c', '.', 'd');
  const insertion = fc.record({
    tokens: fc.array(token, { minLength: 1, maxLength: 4 }),
    skill: fc.integer({ min: 0, max: 3 }),
    ambiguous: fc.boolean(),
    explicit: fc.boolean(),
    acronym: fc.boolean(),
  });

  it('holds what inserting everything into one trie holds, wherever the split', () => {
    fc.assert(
      fc.property(fc.array(insertion, { maxLength: 30 }), fc.nat(), (insertions, at) => {
        const split = insertions.length === 0 ? 0 : at % (insertions.length + 1);
        const single = new TokenTrie();
        const base = new TokenTrie();
        insertions.forEach((item, i) => {
          single.insert(item.tokens, entryOf(item));
          if (i < split) base.insert(item.tokens, entryOf(item));
        });
        const layer = new TokenTrie(base.freeze());
        insertions.slice(split).forEach((item) => layer.insert(item.tokens, entryOf(item)));
        for (const { tokens } of insertions) {
          expect(entryAt(layer, tokens)).toEqual(entryAt(single, tokens));
          expect(entryAt(layer, [...tokens, 'a'])).toEqual(entryAt(single, [...tokens, 'a']));
        }
      }),
    );
  });
});

function entryOf(item: {
  skill: number;
  ambiguous: boolean;
  explicit: boolean;
  acronym: boolean;
}): TrieEntry {
  return {
    skill: item.skill,
    ambiguousForm: item.ambiguous ? `form${item.skill}` : undefined,
    explicit: item.explicit,
    acronymPlural: false,
    acronym: item.acronym,
  };
}

function entryAt(trie: TrieReader, tokens: readonly string[]): TrieEntry | undefined {
  let node = ROOT;
  for (const text of tokens) {
    const id = trie.tokenId(text);
    node = id === NO_NODE ? NO_NODE : trie.child(node, id);
    if (node === NO_NODE) return undefined;
  }
  return trie.entry(node);
}

/** Every entry reachable from every word of a text, as a comparable list. */
function walkAll(trie: TrieReader, text: string): (TrieEntry | undefined)[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const found: (TrieEntry | undefined)[] = [];
  for (let i = 0; i < words.length; i++) found.push(entryAt(trie, words.slice(i, i + 2)));
  return found;
}

describe('compiling a user’s long spelling (issue 11)', () => {
  it('does regex work linear in its length, even for a long run of capitals and digits', () => {
    for (const make of [(n: number) => `${'A1'.repeat(n)}!`, (n: number) => `x${'A1'.repeat(n)}`]) {
      const ratio = workRatio(
        make,
        (spelling) => compileSkills([{ name: spelling, aliases: [], category: 'x' }]),
        150,
      );
      expect(ratio).toBeLessThanOrEqual(6);
    }
  });
});
