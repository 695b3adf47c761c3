// The shipped skills dictionary, read the way the main process reads it: every resources/skills/*.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSkillDictionaries, parseSkillDictionary } from '../../../src/core/keywords/skill-dictionary';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import type { SkillDefinition } from '../../../src/core/keywords/skill-types';

export const SKILLS_DIR = join(import.meta.dirname, '../../../resources/skills');

export function readDictionaryParts(): SkillDefinition[][] {
  return readdirSync(SKILLS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parseSkillDictionary(JSON.parse(readFileSync(join(SKILLS_DIR, file), 'utf8')), file));
}

export const appSkills = mergeSkillDictionaries(readDictionaryParts());
export const appMatcher = createSkillMatcher(appSkills);
