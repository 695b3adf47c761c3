// One lint gate for every folder, zero warnings allowed (npm test runs it with --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The core must run in Node, the renderer and the CLI alike: no platform, UI or storage imports.
const coreForbidden = [
  'electron',
  'react',
  'react-dom',
  'better-sqlite3',
  'pdf-lib',
  '@pdf-lib/fontkit',
  'pdfjs-dist',
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'path',
  'node:path',
  'child_process',
  'node:child_process',
];

// The layers and what each may import (VS Code's layering, checked for every folder):
// core < shared < main, preload, renderer, web, cli. The browser bridge (web) and the CLI are main's
// other front doors, a browser and a terminal: they run main's services, so they may import main. The
// preload exposes the contract's channels and nothing else, so it reaches core only through shared.
const LAYERS = {
  core: [],
  shared: ['core'],
  main: ['core', 'shared'],
  preload: ['shared'],
  renderer: ['core', 'shared'],
  web: ['core', 'shared', 'main'],
  cli: ['core', 'shared', 'main'],
};
const layerPatterns = (layer) => {
  const allowed = LAYERS[layer];
  const others = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  const may = allowed.length === 0 ? 'nothing outside itself' : allowed.map((a) => `src/${a}`).join(', ');
  return [
    { group: others.map((other) => `**/${other}/**`), message: `src/${layer} may import ${may} only.` },
  ];
};
const restrictImports = (layer, paths = []) => ['error', { paths, patterns: layerPatterns(layer) }];

const noElectron = [{ name: 'electron', message: 'Runs in plain Node: no Electron here.' }];
// Only the Electron entry, window, security, app protocol, ipc registration and save dialog may touch
// Electron: everything else in main, the CLI and the browser bridge run in plain Node.
const electronFiles = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/security.ts',
  'src/main/app-protocol.ts',
  'src/main/ipc/register-ipc.ts',
  'src/main/adapters/electron-save-dialog.ts',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      '.electron-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        'core',
        coreForbidden.map((name) => ({ name, message: 'src/core is pure: pass data in instead.' })),
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        'shared',
        coreForbidden.map((name) => ({
          name,
          message: 'src/shared is the contract: types and schemas only.',
        })),
      ),
    },
  },
  ...['main', 'cli', 'web'].map((layer) => ({
    files: [`src/${layer}/**/*.ts`],
    ignores: electronFiles,
    rules: { 'no-restricted-imports': restrictImports(layer, noElectron) },
  })),
  { files: electronFiles, rules: { 'no-restricted-imports': restrictImports('main') } },
  { files: ['src/preload/**/*.ts'], rules: { 'no-restricted-imports': restrictImports('preload') } },
  {
    files: ['tests/unit/**/*.ts', 'tests/integration/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noElectron }] },
  },
  {
    // Tests assert on data they just built; `!` there is a claim the next expect would check anyway.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrictImports(
        'renderer',
        ['electron', 'better-sqlite3', 'fs', 'node:fs', 'path', 'node:path'].map((name) => ({
          name,
          message: 'The renderer reaches main only through lib/api.ts.',
        })),
      ),
    },
  },
);
