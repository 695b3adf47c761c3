import { join } from 'node:path';

/** Tests, the CLI and power users can point the app at another data folder. */
export const DATA_DIR_ENV = 'RESUME_TAILOR_DATA_DIR';

export function resolveDataDir(env: NodeJS.ProcessEnv, defaultDir: string): string {
  const override = env[DATA_DIR_ENV];
  return override && override.trim() !== '' ? override : defaultDir;
}

export const databaseFile = (dataDir: string): string => join(dataDir, 'resume-tailor.sqlite');

/** The folder Electron's app.getPath('userData') uses for this app, for the CLI and browser mode. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const name = 'resume-tailor';
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', name);
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), name);
}
