// `npm run vocab:build -- --onet <dir> --esco-labels <dir>`: compiles the open-data vocabulary into
// resources/skills/ (onet-technology.json, onet-tools.json, esco-knowledge.json, esco-translations.json)
// and writes resources/skills/OPEN-DATA.md (sources, commits, licences, attribution, counts).
//   --onet <dir>         a checkout of nolanbrennan/O-Net-imports at the pinned commit (sources.mjs)
//   --esco <dir>         a checkout of MoffApps/Skills at the pinned commit
//   --esco-labels <dir>  a checkout of emanuellandell/public (ESCO in English, French, Spanish)
//   --only <list>        technology,tools,esco,translations: the sources to compile (default:
//                        DEFAULT_SOURCES); the files of the others are removed, so the dictionary holds
//                        exactly what was measured
// The inputs must have the pinned sha256: the dictionary always names the bytes it came from. Then run
// `npm run build:node` to precompile the dictionary, as after any edit of resources/skills.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { escoCandidates } from './esco.mjs';
import { translationCandidates } from './esco-translations.mjs';
import { mergeCandidates } from './merge.mjs';
import { technologyCandidates, toolCandidates } from './onet.mjs';
import { writeNotice } from './notice.mjs';
import { FLAG_OF, OUTPUTS, SOURCES } from './sources.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const skillsDir = join(root, 'resources/skills');
// ESCO reuse levels taken: this mirror holds only these two (no sector- or occupation-specific skills).
const ESCO_REUSE_LEVELS = new Set(['cross-sector', 'transversal']);

const { values } = parseArgs({
  options: {
    onet: { type: 'string' },
    esco: { type: 'string' },
    'esco-labels': { type: 'string' },
    only: { type: 'string' },
  },
});
// Measured on the eval's dev half (README, "Vocabulary from open data"): Tools Used added right skills
// and no false ones; Technology Skills changed nothing there, and ESCO added one right skill and one
// false one (precision fell), so by the project's rule they are compiled only on request. The ESCO
// translations added two right skills and one false one (F1 rose, precision held).
const DEFAULT_SOURCES = 'tools,translations';
// ESCO's alternative French and Spanish labels as well as its preferred ones (measured in README).
const TRANSLATION_ALTERNATIVES = false;
const only = new Set((values.only ?? DEFAULT_SOURCES).split(','));
const unknown = [...only].filter((id) => !(id in OUTPUTS));
if (unknown.length > 0) fail(`--only takes ${Object.keys(OUTPUTS).join(', ')}; not ${unknown.join(', ')}.`);

function fail(message) {
  process.stderr.write(`vocab:build: ${message}\n`);
  process.exit(1);
}

function readSource(id) {
  const source = SOURCES[id];
  const dir = values[FLAG_OF[id]];
  const where = `a checkout of the public repository ${source.repo} at commit ${source.commit}`;
  if (dir === undefined) fail(`give --${FLAG_OF[id]} <dir>: ${where}.`);
  const path = join(resolve(dir), source.path);
  if (!existsSync(path)) fail(`${path} is missing: the folder must be ${where}.`);
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== source.sha256)
    fail(`${path} has sha256 ${sha256}, not the pinned ${source.sha256} (${where}).`);
  return bytes.toString('utf8');
}

// The dictionary's own parser, merger and spelling key, bundled from src/core as the build does.
async function loadCore() {
  const bundle = await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "export * from './src/core/keywords/skill-dictionary';",
        "export { aliasVariants } from './src/core/keywords/alias-variants';",
        "export { DEFAULT_VARIANTS } from './src/core/keywords/compiled-skills';",
        "export { normalizeForMatching } from './src/core/keywords/matching-text';",
        "export { tokenizeTechText } from './src/core/keywords/tokenize';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(bundle.outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

function readHandWritten(core) {
  const generated = new Set(Object.values(OUTPUTS));
  const parts = readdirSync(skillsDir)
    .filter((name) => name.endsWith('.json') && !generated.has(name))
    .sort()
    .map((name) => core.parseSkillDictionary(JSON.parse(readFileSync(join(skillsDir, name), 'utf8')), name));
  return core.mergeSkillDictionaries(parts);
}

const idOf = (file) => Object.keys(OUTPUTS).find((id) => OUTPUTS[id] === file);

// One skill a line, as the hand-written files are: a diff of a rebuild reads skill by skill.
const fileText = (defs) =>
  defs.length === 0 ? '[]\n' : `[\n${defs.map((def) => `  ${JSON.stringify(def)}`).join(',\n')}\n]\n`;

const core = await loadCore();
let existing;
try {
  existing = readHandWritten(core);
} catch (error) {
  fail(error.message); // the message names the file and entry; a stack would show bundled code
}
const candidates = {
  technology: only.has('technology') ? technologyCandidates(readSource('technology')) : [],
  tools: only.has('tools') ? toolCandidates(readSource('tools')) : [],
  esco: only.has('esco') ? escoCandidates(readSource('esco'), { reuseLevels: ESCO_REUSE_LEVELS }) : [],
  translations: only.has('translations')
    ? translationCandidates(
        {
          en: readSource('translationsEn'),
          fr: readSource('translationsFr'),
          es: readSource('translationsEs'),
        },
        { alternatives: TRANSLATION_ALTERNATIVES },
      )
    : [],
};
const { files, stats } = mergeCandidates(
  existing,
  Object.entries(OUTPUTS).map(([id, file]) => ({
    file,
    candidates: candidates[id],
    extendOnly: id === 'translations',
  })),
  // Every token sequence the matcher finds a spelling as (its own and the derived ones: "dead blow
  // hammer", "deadblowhammer", "dead-blow-hammer", a plural): two skills must never share one.
  (spelling) => {
    const tokens = core.tokenizeTechText(core.normalizeForMatching(spelling).text);
    if (tokens.count === 0) return [];
    return core.aliasVariants(tokens, core.DEFAULT_VARIANTS).map((sequence) => sequence.join(' '));
  },
);
// The whole dictionary as the app will load it: refuses a spelling given to two skills, naming both.
const built = [...files].filter(([file]) => only.has(idOf(file)));
let all;
try {
  all = core.mergeSkillDictionaries([
    existing,
    ...built.map(([file, defs]) => core.parseSkillDictionary(defs, file)),
  ]);
} catch (error) {
  fail(error.message);
}
for (const [file, defs] of files) {
  if (only.has(idOf(file))) writeFileSync(join(skillsDir, file), fileText(defs));
  else rmSync(join(skillsDir, file), { force: true });
}
writeNotice(join(skillsDir, 'OPEN-DATA.md'), { stats, only, skills: all.length });
for (const [file, count] of Object.entries(stats))
  if (only.has(idOf(file))) process.stdout.write(`${file}: ${JSON.stringify(count)}\n`);
process.stdout.write(`dictionary: ${all.length} skills (${existing.length} hand-written)\n`);
