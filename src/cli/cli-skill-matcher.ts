import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { toAppErrorData } from '../core/errors/app-error';
import type { SkillMatcher } from '../core/keywords/skill-types';
import { loadSkillDictionary } from '../main/adapters/skill-dictionary-files';
import { databaseFile, defaultUserDataDir, resolveDataDir } from '../main/data-dir';
import type { UserDictionary } from '../main/db/read-user-dictionary';
import { matcherWithUserSkills } from '../main/services/user-dictionary-rules';

/**
 * The matcher the CLI uses: the bundled dictionary plus the terms the user added in the app, minus the
 * skills they marked "not a skill", read from
 * the data folder the app uses (RESUME_TAILOR_DATA_DIR or the platform default). With no database there
 * is nothing to add; an unreadable one is a warning on stderr, never a failed command, because the
 * bundled dictionary alone still gives a useful answer.
 */
export async function cliSkillMatcher(
  resourcesDir: string,
  env: NodeJS.ProcessEnv = process.env,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<SkillMatcher> {
  const bundled = loadSkillDictionary(resourcesDir);
  const file = databaseFile(resolveDataDir(env, defaultUserDataDir(env, process.platform, homedir())));
  let user: UserDictionary = { skills: [], notSkills: [] };
  if (existsSync(file)) {
    try {
      // Loaded only when there is a database: loading SQLite's native module slows every CLI call.
      const { readUserDictionary } = await import('../main/db/read-user-dictionary');
      user = readUserDictionary(file);
    } catch (error) {
      warn(
        `warning: your own dictionary was not applied (${toAppErrorData(error).message}); ` +
          'using the bundled dictionary only.',
      );
    }
  }
  return matcherWithUserSkills(bundled, user.skills, user.notSkills);
}
