import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors/app-error';
import {
  compileSkills,
  deserializeSkills,
  rememberCompiledSkills,
  serializeSkills,
} from '../../core/keywords/compiled-skills';
import type { SerializedTrie } from '../../core/keywords/alias-trie';
import { mergeSkillDictionaries, parseSkillDictionary } from '../../core/keywords/skill-dictionary';
import type { SkillDefinition } from '../../core/keywords/skill-types';

/**
 * The bundled dictionary precompiled by the build (`writeCompiledSkillDictionary`), under
 * resources/skills. Validating every file with zod and compiling every spelling at each start took an
 * order of magnitude longer than reading this file (`npm run bench`, dictionary section). It names the hash of the files it was made from and is used only
 * when they still hash the same, so an edited dictionary file is never shadowed by a stale artifact.
 */
export const COMPILED_DICTIONARY = join('compiled', 'skills.json');

interface CompiledDictionaryFile {
  /** sha256 of the source files (names and bytes, in name order). */
  sources: string;
  defs: SkillDefinition[];
  format: number;
  aliasCount: number;
  trie: Omit<SerializedTrie, TableName> & Record<TableName, string>;
}

// The trie's number tables go in the JSON as base64 of their little-endian bytes: decoding 150,000
// numbers that way takes a fraction of a millisecond, parsing them as JSON numbers several.
const TABLES = ['tokens', 'childCounts', 'entries'] as const;
type TableName = (typeof TABLES)[number];

function encodeTable(table: Int32Array): string {
  return Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString('base64');
}

function decodeTable(text: unknown): Int32Array | undefined {
  if (typeof text !== 'string') return undefined;
  const bytes = Buffer.from(text, 'base64');
  // Copied into its own buffer: an Int32Array view needs 4-byte alignment, a pooled Buffer may lack it.
  const table = new Int32Array(bytes.length >> 2);
  new Uint8Array(table.buffer).set(bytes.subarray(0, table.length * 4));
  return table;
}

interface SourceFile {
  name: string;
  bytes: Buffer;
}

function readSources(folder: string): SourceFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

function hashSources(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\0${file.bytes.length}\0`).update(file.bytes);
  return hash.digest('hex');
}

function parseSources(files: readonly SourceFile[]): SkillDefinition[][] {
  return files.map(({ name, bytes }) => {
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new AppError(
        'install-broken',
        `The skills dictionary file ${name} is not valid JSON: ${(error as Error).message}`,
      );
    }
    return parseSkillDictionary(data, name);
  });
}

/** The precompiled dictionary when it exists and was made from exactly these files, else undefined. */
function readCompiled(folder: string, sources: string): SkillDefinition[] | undefined {
  let file: CompiledDictionaryFile;
  try {
    file = JSON.parse(readFileSync(join(folder, COMPILED_DICTIONARY), 'utf8')) as CompiledDictionaryFile;
  } catch {
    return undefined;
  }
  if (file.sources !== sources || !Array.isArray(file.defs)) return undefined;
  const [tokens, childCounts, entries] = TABLES.map((name) => decodeTable(file.trie[name]));
  if (tokens === undefined || childCounts === undefined || entries === undefined) return undefined;
  const compiled = deserializeSkills(file.defs, {
    format: file.format,
    aliasCount: file.aliasCount,
    trie: { ...file.trie, tokens, childCounts, entries },
  });
  if (compiled === undefined) return undefined;
  rememberCompiledSkills(file.defs, compiled);
  return file.defs;
}

/**
 * Reads every resources/skills/*.json file, in name order so the result does not depend on the disk.
 * Matchers built on the returned array reuse its compiled trie (read from the build's artifact when it
 * matches the files, compiled on first use otherwise).
 */
export function loadSkillDictionary(resourcesDir: string): SkillDefinition[] {
  const folder = join(resourcesDir, 'skills');
  const files = readSources(folder);
  return readCompiled(folder, hashSources(files)) ?? mergeSkillDictionaries(parseSources(files));
}

/**
 * The artifact for the dictionary files as they are now, as the text `writeCompiledSkillDictionary`
 * writes. Also refuses a dictionary that gives one spelling to two skills, naming them.
 */
export function compileSkillDictionaryFiles(resourcesDir: string): string {
  const files = readSources(join(resourcesDir, 'skills'));
  // Merged, not concatenated: a generated file (resources/skills/OPEN-DATA.md) gives more spellings to
  // skills of the hand-written files under the same name, and one name must stay one skill.
  const defs = mergeSkillDictionaries(parseSources(files));
  const { format, aliasCount, trie } = serializeSkills(compileSkills(defs));
  const file: CompiledDictionaryFile = {
    sources: hashSources(files),
    defs,
    format,
    aliasCount,
    trie: {
      ...trie,
      tokens: encodeTable(trie.tokens),
      childCounts: encodeTable(trie.childCounts),
      entries: encodeTable(trie.entries),
    },
  };
  // Non-ASCII escaped: an ASCII file decodes several times faster than UTF-8 when read back.
  return `${JSON.stringify(file).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}

/** Compiles resources/skills/*.json into the artifact `loadSkillDictionary` reads (the build runs this). */
export function writeCompiledSkillDictionary(resourcesDir: string): string {
  const folder = join(resourcesDir, 'skills');
  const text = compileSkillDictionaryFiles(resourcesDir);
  const target = join(folder, COMPILED_DICTIONARY);
  mkdirSync(join(folder, 'compiled'), { recursive: true });
  // Written beside and renamed: a CLI reading it meanwhile sees the old file or the new one, whole.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, target);
  return target;
}
