/**
 * What the skills dictionary costs at start: reading the build's precompiled trie and making the first
 * matcher (what the app, browser mode and each CLI run do), against compiling the trie from the source
 * spellings (what happens when the precompiled file is missing or stale). Heap figures are what the loaded
 * dictionary keeps alive, measured around one load.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileSkills } from '../../../src/core/keywords/compiled-skills';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import { loadSkillDictionary } from '../../../src/main/adapters/skill-dictionary-files';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure, ratio } from '../measure';

export const name = 'dictionary';

const SAMPLE = 'Registered Nurse with wound care, IV therapy and Microsoft Excel; Kubernetes a plus.';

export async function run({ root, quick }: BenchContext): Promise<BenchResult> {
  const resources = join(root, 'resources');
  const runs = quick ? 3 : 9;
  const load = await measure(() => createSkillMatcher(loadSkillDictionary(resources)).find(SAMPLE), {
    warmup: 1,
    runs,
    budgetMs: 60_000,
  });
  const sources = loadSkillDictionary(resources);
  // A fresh copy each time: compiled tries are remembered per array, and this is the uncached path.
  const compile = await measure(() => compileSkills(sources.map((def) => ({ ...def }))), {
    warmup: 1,
    runs: quick ? 2 : 5,
    budgetMs: 60_000,
  });

  // A full collection before and after one load, so the figure is what stays, not garbage.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
  const before = used();
  const kept = createSkillMatcher(loadSkillDictionary(resources));
  kept.find(SAMPLE);
  gc();
  const heapMb = (used() - before) / 1024 / 1024;
  const spellings = kept.aliasCount;

  return {
    json: {
      load_ms: load.median,
      compile_ms: compile.median,
      heap_mb: Number(heapMb.toFixed(1)),
      skills: sources.length,
      spellings,
    },
    table: [
      {
        what: 'ours: read the precompiled dictionary + first match',
        median_ms: load.median,
        p95_ms: load.p95,
      },
      {
        what: 'compile the trie from the source spellings',
        median_ms: compile.median,
        p95_ms: compile.p95,
        vs_ours: `${ratio(compile.median, load.median)} slower than ours`,
      },
    ],
    notes: [
      `Dictionary: ${sources.length} skills, ${spellings} spellings. Heap kept by one loaded dictionary and ` +
        `matcher: about ${heapMb.toFixed(1)} MB (heap and typed arrays after a full GC, before and after one load).`,
      `Machine load: ${loadavg()[0]?.toFixed(2)} (1-min average).`,
    ],
  };
}
