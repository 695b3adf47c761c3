import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors/app-error';
import { parseSkillDictionary } from '../../core/keywords/skill-dictionary';
import type { SkillDefinition } from '../../core/keywords/skill-types';

/** Reads every resources/skills/*.json file, in name order so the result does not depend on the disk. */
export function loadSkillDictionary(resourcesDir: string): SkillDefinition[] {
  const folder = join(resourcesDir, 'skills');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.flatMap((name) => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      throw new AppError(
        'install-broken',
        `The skills dictionary file ${name} is not valid JSON: ${(error as Error).message}`,
      );
    }
    return parseSkillDictionary(data, name);
  });
}
