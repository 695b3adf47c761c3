import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isExternalHttpUrl } from '../../../src/main/external-links';

// Static checks of what only Electron could show at run time (the Electron test covers it where the
// binary exists): the window's web preferences and the preload's format. The renderer's policy is
// tested as served (renderer-csp.test.ts).
const windowSource = readFileSync('src/main/window.ts', 'utf8');
const viteConfig = readFileSync('electron.vite.config.ts', 'utf8');

function webPreferences(): Record<string, string> {
  const block = /webPreferences:\s*\{([^}]*)\}/.exec(windowSource)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(\w+):\s*([^,\n]+),/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

describe('the Electron window follows the security checklist', () => {
  it.each([
    ['contextIsolation', 'true'],
    ['sandbox', 'true'],
    ['nodeIntegration', 'false'],
    ['nodeIntegrationInWorker', 'false'],
    ['nodeIntegrationInSubFrames', 'false'],
    ['webSecurity', 'true'],
    ['allowRunningInsecureContent', 'false'],
    ['webviewTag', 'false'],
    ['experimentalFeatures', 'false'],
  ])('sets %s explicitly to %s', (name, value) => {
    expect(webPreferences()[name]).toBe(value);
  });

  it('turns spell checking off, which would download dictionaries', () => {
    expect(webPreferences()['spellcheck']).toBe('false');
  });

  it('enables no Blink features and disables middle-click new windows', () => {
    expect(webPreferences()['enableBlinkFeatures']).toBeUndefined();
    expect(webPreferences()['disableBlinkFeatures']).toBe("'Auxclick'");
  });

  it('builds the preload as one CommonJS file, so the window can stay sandboxed', () => {
    expect(viteConfig).toMatch(/format:\s*'cjs'/);
    expect(readFileSync('src/main/index.ts', 'utf8')).toContain("'../preload/index.cjs'");
  });
});

describe('links leave the app only as http(s)', () => {
  it.each(['https://example.com/jobs/1', 'http://example.com'])('opens %s in the browser', (url) => {
    expect(isExternalHttpUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ms-settings:',
    'smb://server/share',
    'https//missing-colon',
    '',
  ])('refuses %s', (url) => {
    expect(isExternalHttpUrl(url)).toBe(false);
  });
});

describe('the packaged app flips the Electron fuses', () => {
  const config = readFileSync('electron-builder.yml', 'utf8');
  it.each([
    ['runAsNode', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('%s: %s', (fuse, value) => {
    expect(config).toMatch(new RegExp(`^\\s+${fuse}: ${value}$`, 'm'));
  });
  it('unpacks better-sqlite3 from the asar, where the OS could not load it', () => {
    expect(config).toMatch(/asarUnpack:\s*\n\s*- '\*\*\/node_modules\/better-sqlite3\/\*\*'/);
  });
});
