/**
 * One export in a new process, for the bench's "first export" rows (pdf-paths-bench.ts): loads the
 * fonts and writes the demo résumé once with the speed-ups named in argv[3] (comma-separated, or
 * "stock"), and prints how long that took, in ms. Bundled and run by the pdf section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonResume } from '../../src/core/import/json-resume';
import { draftToResume } from '../../src/core/resume/draft-to-resume';
import { loadFontLibrary } from '../../src/main/adapters/font-files';
import { createPdfPaths, SPEED_UPS, type SpeedUp } from '../../src/main/adapters/pdf-fast-paths';
import { writeResumePdf } from '../../src/main/adapters/pdf-writer';

const [root = '.', list = ''] = process.argv.slice(2);
const speedUps = SPEED_UPS.filter((speedUp: SpeedUp) => list.split(',').includes(speedUp));
const resume = draftToResume(
  parseJsonResume(readFileSync(join(root, 'resources/demo/demo-resume.json'), 'utf8')),
);
const meta = { title: 'Bench', author: 'Bench', subject: 'Bench', keywords: [], createdAt: new Date(0) };

const t0 = performance.now();
const fonts = loadFontLibrary(join(root, 'resources'));
await writeResumePdf(resume, meta, fonts, {}, createPdfPaths(speedUps));
process.stdout.write(`${performance.now() - t0}\n`);
