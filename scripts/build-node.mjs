// Bundles the plain-Node entry points (CLI, browser-mode server) into out/node/ with esbuild, packages
// included: resolving and loading dozens of node_modules files costs a CLI call more than parsing one
// bundle. better-sqlite3 stays external (native), and so do pdfjs-dist (large, loaded only when a
// PDF is read back) and mammoth (see `external`). Lazy imports become their own chunks (splitting), loaded only by the commands
// that need them. Each entry point is its own build, so the CLI's chunks follow the CLI's lazy imports
// only (`keywords` loads neither pdf-lib nor fontkit) instead of what it shares with the server.
//
// It also precompiles the skills dictionary (resources/skills/*.json) into
// resources/skills/compiled/skills.json, which the app and the CLI read instead of compiling ~9,000
// spellings at every start; they check it against the files' hash and ignore a stale one.
//
// --if-stale skips what is newer than its sources: the bundles (src/), the dictionary (src/ and
// resources/skills/).
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: the latter keeps %20 escapes and gives /C:/... on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const entries = { cli: 'src/cli/index.ts', web: 'src/web/main.ts' };
const outputs = Object.keys(entries).map((name) => join(root, 'out/node', `${name}.mjs`));
const skillsDir = join(root, 'resources/skills');
const compiledDictionary = join(skillsDir, 'compiled/skills.json');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const newestSkillFile = () =>
  Math.max(
    ...readdirSync(skillsDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => statSync(join(skillsDir, name)).mtimeMs),
  );

const stale = process.argv.includes('--if-stale');
// The bundles also change when a dependency or this script changes, not only when src/ does.
const newestCode = Math.max(
  newestSource(join(root, 'src')),
  statSync(join(root, 'package-lock.json')).mtimeMs,
  statSync(fileURLToPath(import.meta.url)).mtimeMs,
);
const bundlesFresh =
  stale &&
  outputs.every(existsSync) &&
  Math.min(...outputs.map((file) => statSync(file).mtimeMs)) > newestCode;
const dictionaryFresh =
  stale &&
  existsSync(compiledDictionary) &&
  statSync(compiledDictionary).mtimeMs > Math.max(newestCode, newestSkillFile());

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // mammoth too: CommonJS whose require('url') esbuild cannot turn into an import ("Dynamic require of
  // "url" is not supported" in an ES bundle); loaded from node_modules only when a .docx is read.
  external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', 'mammoth'],
  // The ES builds of pdf-lib and fontkit, not their CommonJS/UMD ones: hoisted into one scope, they load
  // without a wrapper call per module (measured: the export command's bundle loads ~40 ms faster).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

// fontkit decodes and decompresses brotli's 120 KB word dictionary in JavaScript as it loads, which only
// WOFF2 fonts need (the app reads TrueType only, see font-files.ts): measured, importing fontkit took
// ~110 ms of CPU with it and ~55 without. The patch defers it to the dictionary's first use. Should a
// new fontkit word it differently, the build warns and bundles fontkit unchanged.
const EAGER_BROTLI_DICTIONARY = 'dictionary.init(BrotliDecompressBuffer);';
const LAZY_BROTLI_DICTIONARY =
  "Object.defineProperty(dictionary, 'dictionary', { configurable: true, enumerable: true, get() {" +
  ' delete dictionary.dictionary; dictionary.init(BrotliDecompressBuffer); return dictionary.dictionary; } });';
const lazyBrotliDictionary = {
  name: 'lazy-brotli-dictionary',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (source.split(EAGER_BROTLI_DICTIONARY).length !== 2) {
        return {
          contents: source,
          loader: 'js',
          warnings: [{ text: 'fontkit changed: brotli stays eager' }],
        };
      }
      return { contents: source.replace(EAGER_BROTLI_DICTIONARY, LAZY_BROTLI_DICTIONARY), loader: 'js' };
    });
  },
};

// Files under out/node that this build did not write and that are over a day old: chunks of earlier
// builds, whose names carry their content hash and would otherwise pile up. Recent ones stay, because a
// server started from the previous build may still load its lazy chunks.
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
function removeStaleOutputs(dir, written) {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) removeStaleOutputs(path, written);
    else if (!written.has(path) && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS)
      rmSync(path, { force: true });
  }
}

if (!bundlesFresh) {
  const written = new Set();
  for (const [name, entry] of Object.entries(entries)) {
    const { metafile } = await build({
      ...common,
      entryPoints: { [name]: entry },
      outdir: 'out/node',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: `chunks/${name}-[name]-[hash]`,
      // Minified, a `cli export` compiles ~1 MB less JavaScript at start. The maps (never read at run
      // time) give readable stacks with `node --enable-source-maps`.
      minify: true,
      sourcemap: true,
      metafile: true,
      plugins: [lazyBrotliDictionary],
    });
    for (const file of Object.keys(metafile.outputs)) written.add(join(root, file));
  }
  // Pruned after writing, not emptied before: a command started during the build still finds its files.
  removeStaleOutputs(join(root, 'out/node'), written);
}

if (!dictionaryFresh) {
  // The same code the app runs, bundled in memory: the artifact is exactly what it would compile.
  const compiler = await build({
    ...common,
    entryPoints: ['src/main/adapters/skill-dictionary-files.ts'],
    write: false,
  });
  const source = compiler.outputFiles[0].text;
  const { writeCompiledSkillDictionary } = await import(
    `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  );
  try {
    writeCompiledSkillDictionary(join(root, 'resources'));
  } catch (error) {
    // The message names the file, the entry and the spelling; the stack would only show bundled code.
    process.stderr.write(`build-node: the skills dictionary cannot be compiled: ${error.message}\n`);
    process.exit(1);
  }
}
