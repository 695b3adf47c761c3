// The shipped skills dictionary, read the way the main process reads it (loadSkillDictionary): the build's
// precompiled artifact when it hashes the same as resources/skills/*.json, else compiled from the files.
// Parsing and compiling the files here cost ~3 s of every one of the 21 test files that import this;
// compiled-skills.test.ts proves the artifact is what the files compile to, with the same matches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSkillDictionary } from '../../../src/core/keywords/skill-dictionary';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import type { SkillDefinition } from '../../../src/core/keywords/skill-types';
import { loadSkillDictionary } from '../../../src/main/adapters/skill-dictionary-files';

const RESOURCES_DIR = join(import.meta.dirname, '../../../resources');
export const SKILLS_DIR = join(RESOURCES_DIR, 'skills');

/** Every dictionary file parsed (validated) on its own, in name order. */
export function readDictionaryParts(): SkillDefinition[][] {
  return readdirSync(SKILLS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parseSkillDictionary(JSON.parse(readFileSync(join(SKILLS_DIR, file), 'utf8')), file));
}

export const appSkills = loadSkillDictionary(RESOURCES_DIR);
export const appMatcher = createSkillMatcher(appSkills);
