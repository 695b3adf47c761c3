/**
 * Export speed figures: the same two-page résumé (resources/demo) exported three ways in one run.
 * (1) ours: layout + pdf-lib in process, warm (fonts parsed once, as in the app), the same résumé
 *     again and, closer to a preview session, with a different bullet off each time;
 * (2) Chromium's page.pdf of the same résumé as HTML/CSS, a warm page reused: what Electron's
 *     printToPDF and browser-based résumé tools do;
 * (3) a whole `node out/node/cli.mjs export ...` process, start to exit;
 * (4) ours on the fast path against ours with each speed-up off and on pdf-lib's stock path
 *     (scripts/bench/pdf-paths-bench.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { toDrawnText } from '../../../src/core/layout/drawn-text';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import type { Resume } from '../../../src/core/resume/resume';
import { loadFontLibrary, type FontLibrary } from '../../../src/main/adapters/font-files';
import { writeResumePdf, type PdfMeta } from '../../../src/main/adapters/pdf-writer';
import { CHROMIUM_ARGS } from '../../chromium-args';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure, ratio, summarize } from '../measure';
import { measureFirstExports, measurePaths } from '../pdf-paths-bench';

export const name = 'pdf';

const escape = (text: string) =>
  toDrawnText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The résumé as a web résumé builder would print it: one column, DejaVu Sans, A4, 0.6 in margins. */
function resumeHtml(resume: Resume, fontsDir: string): string {
  const { profile } = resume;
  const contact = [profile.email, profile.phone, profile.location, profile.website]
    .filter((part) => part.trim() !== '')
    .map(escape)
    .join('  |  ');
  const sections = resume.sections
    .map((section) => {
      const entries = section.entries
        .map((entry) => {
          if (section.kind === 'skills') {
            return `<p class="skill"><b>${escape(entry.title)}:</b> ${entry.bullets.map((b) => escape(b.text)).join(', ')}</p>`;
          }
          const dates = [entry.startDate, entry.endDate]
            .filter((d) => d.trim() !== '')
            .map(escape)
            .join(' – ');
          const meta = [
            escape(entry.organization),
            `<i>${escape(entry.location)}</i>`,
            `<i>${dates}</i>`,
          ].join('  |  ');
          const bullets = entry.bullets.map((b) => `<li>${escape(b.text)}</li>`).join('');
          return `<div class="entry"><h3>${escape(entry.title)}</h3><p class="meta">${meta}</p><ul>${bullets}</ul></div>`;
        })
        .join('');
      return `<h2>${escape(section.title)}</h2>${entries}`;
    })
    .join('');
  const face = (file: string, weight: string, style: string) =>
    `@font-face{font-family:DejaVu;src:url("file://${join(fontsDir, file)}");font-weight:${weight};font-style:${style}}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${face('DejaVuSans.ttf', 'normal', 'normal')}${face('DejaVuSans-Bold.ttf', 'bold', 'normal')}${face('DejaVuSans-Oblique.ttf', 'normal', 'italic')}
@page{size:A4;margin:0.6in}
body{font-family:DejaVu,sans-serif;font-size:10pt;line-height:1.3;color:#1a1a1a;margin:0}
h1{font-size:20pt;margin:0}
.contact{font-size:9.5pt;margin:2pt 0}
h2{font-size:11pt;text-transform:uppercase;border-bottom:0.6pt solid #8c8c8c;margin:11pt 0 4pt;break-after:avoid}
h3{font-size:10pt;margin:7pt 0 0;break-after:avoid}
.meta{margin:0;color:#4d4d4d}
ul{margin:1.5pt 0 0;padding-left:14pt}
li{margin-top:1pt;break-inside:avoid}
.skill{margin:1.5pt 0}
</style></head><body>
<h1>${escape(profile.name)}</h1><p class="contact">${contact}</p><p>${escape(profile.headline)}</p>
<h2>Summary</h2><p>${escape(profile.summary)}</p>${sections}</body></html>`;
}

/**
 * The worst case for the caches: every face needs a glyph it has not drawn before (a first export, a
 * new template), so each font is subset, encoded and compressed again. One Latin Extended-A letter
 * more in the name (bold), the summary (regular) and the first entry's location (italic).
 */
function withNewGlyphs(resume: Resume, run: number): Resume {
  const letter = String.fromCodePoint(0x100 + (run % 128));
  const [first, ...others] = resume.sections;
  return {
    ...resume,
    profile: {
      ...resume.profile,
      name: `${resume.profile.name} ${letter}`,
      summary: `${resume.profile.summary} ${letter}`,
    },
    sections:
      first === undefined
        ? resume.sections
        : [
            {
              ...first,
              entries: first.entries.map((entry, i) =>
                i === 0 ? { ...entry, location: `${entry.location} ${letter}` } : entry,
              ),
            },
            ...others,
          ],
  };
}

/** The same font files in new memory: every cache keyed by their bytes misses, as in a new process. */
const copyOf = (fonts: FontLibrary): FontLibrary =>
  Object.fromEntries(
    Object.entries(fonts).map(([family, files]) => [
      family,
      { regular: files.regular.slice(), bold: files.bold.slice(), italic: files.italic.slice() },
    ]),
  ) as FontLibrary;

/** The résumé once per bullet, with that bullet left out. */
function oneBulletOff(resume: Resume): Resume[] {
  return resume.sections.flatMap((section, s) =>
    section.entries.flatMap((entry, e) =>
      entry.bullets.map((_, b) => ({
        ...resume,
        sections: resume.sections.map((other, os) =>
          os !== s
            ? other
            : {
                ...other,
                entries: other.entries.map((en, oe) =>
                  oe !== e ? en : { ...en, bullets: en.bullets.filter((__, ob) => ob !== b) },
                ),
              },
        ),
      })),
    ),
  );
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const resumeFile = join(ctx.root, 'resources/demo/demo-resume.json');
  const postingFile = join(ctx.root, 'resources/demo/sample-posting.txt');
  const resume = draftToResume(parseJsonResume(readFileSync(resumeFile, 'utf8')));
  const fonts = loadFontLibrary(join(ctx.root, 'resources'));
  const meta: PdfMeta = {
    title: `${resume.profile.name} – Résumé`,
    author: resume.profile.name,
    subject: 'Bench',
    keywords: ['Linux'],
    createdAt: new Date(0),
  };
  const runs = ctx.quick ? 10 : 40;

  const sample = await writeResumePdf(resume, meta, fonts);
  const ours = await measure(() => writeResumePdf(resume, meta, fonts), { warmup: 20, runs });
  // The same write, each time with a different bullet off: what the preview does after a toggle. Fonts
  // stay parsed; the pages change every time, and an encoded font subset is reused only when the
  // variant needs the same glyphs (see pdf-fast-font.ts).
  const toggles = oneBulletOff(resume);
  let toggle = 0;
  const toggled = await measure(
    () => writeResumePdf(toggles[toggle++ % toggles.length] ?? resume, meta, fonts),
    {
      warmup: 20,
      runs,
    },
  );

  // The worst case for the caches (see withNewGlyphs).
  let fresh = 0;
  const newGlyphs = await measure(() => writeResumePdf(withNewGlyphs(resume, fresh++), meta, fonts), {
    warmup: 20,
    runs,
  });

  // The same three, and every font file parsed again (as in a new process, but with the code already
  // optimized), on each path; then the first export of new processes.
  const paths = await measurePaths(
    [
      { key: 'export', what: 'same résumé', input: () => ({ resume, fonts }) },
      {
        key: 'export_toggle',
        what: 'bullet off',
        input: (i) => ({ resume: toggles[i % toggles.length] ?? resume, fonts }),
      },
      {
        key: 'export_new_glyphs',
        what: 'new glyphs',
        input: (i) => ({ resume: withNewGlyphs(resume, i), fonts }),
      },
      {
        key: 'export_first',
        what: 'fonts parsed again',
        input: () => ({ resume, fonts: copyOf(fonts) }),
      },
    ],
    meta,
    ctx.quick ? 5 : 20,
  );
  const firstExports = await measureFirstExports(ctx.root, ctx.quick ? 2 : 10);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const chromiumRun = async () => {
    try {
      const page = await browser.newPage();
      await page.setContent(resumeHtml(resume, join(ctx.root, 'resources/fonts')), { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const timing = await measure(() => page.pdf({ format: 'A4', printBackground: false }), {
        warmup: 10,
        runs,
      });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      return { timing, pages, bytes: pdf.length };
    } finally {
      await browser.close();
    }
  };
  const { timing: chrome, pages: chromiumPages, bytes: chromiumBytes } = await chromiumRun();

  // The bundle the CLI runs; `npm run build:node` keeps it fresh.
  execFileSync(process.execPath, [join(ctx.root, 'scripts/build-node.mjs'), '--if-stale'], { cwd: ctx.root });
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-pdf-'));
  const cliSamples: number[] = [];
  const nodeSamples: number[] = [];
  try {
    const out = join(dir, 'resume.pdf');
    // An empty data folder, as in README's hyperfine command: the bundled dictionary only, whatever
    // the machine's own app data holds (a user dictionary would add SQLite's load to the figure).
    const env = { ...process.env, RESUME_TAILOR_DATA_DIR: dir };
    const args = [
      join(ctx.root, 'out/node/cli.mjs'),
      'export',
      '--resume',
      resumeFile,
      '--job',
      postingFile,
      '--out',
      out,
    ];
    for (let i = 0; i < (ctx.quick ? 4 : 12); i++) {
      const t0 = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: ctx.root, encoding: 'utf8', env });
      const elapsed = performance.now() - t0;
      if (result.status !== 0) throw new Error(`cli export failed: ${result.stderr}`);
      if (i > 0) cliSamples.push(elapsed); // the first run warms the OS file cache
      // Node's own start at the same moment, so the note can tell the app's share from the runtime's.
      const n0 = performance.now();
      spawnSync(process.execPath, ['-e', '0'], { cwd: ctx.root });
      if (i > 0) nodeSamples.push(performance.now() - n0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cli = summarize(cliSamples);
  const nodeStart = summarize(nodeSamples);

  return {
    json: {
      export_ms: Number(ours.median.toFixed(2)),
      export_toggle_ms: Number(toggled.median.toFixed(2)),
      export_new_glyphs_ms: Number(newGlyphs.median.toFixed(2)),
      chromium_ms: Number(chrome.median.toFixed(2)),
      cli_process_ms: Number(cli.median.toFixed(1)),
      bytes: sample.bytes.length,
      ...paths.json,
      ...firstExports.json,
    },
    table: [
      {
        what: `ours: layout + pdf-lib, warm (${sample.pageCount} pages)`,
        median_ms: ours.median,
        p95_ms: ours.p95,
      },
      {
        what: 'ours, a different bullet off each time',
        median_ms: toggled.median,
        p95_ms: toggled.p95,
      },
      {
        what: 'ours, new glyphs in every font each time',
        median_ms: newGlyphs.median,
        p95_ms: newGlyphs.p95,
      },
      {
        what: `Chromium page.pdf, warm page (${chromiumPages} pages)`,
        median_ms: chrome.median,
        p95_ms: chrome.p95,
        vs_ours: `${ratio(chrome.median, ours.median)} slower (${ratio(chrome.median, toggled.median)} vs toggles, ${ratio(chrome.median, newGlyphs.median)} vs new glyphs)`,
      },
      {
        what: 'whole `cli export` process',
        median_ms: cli.median,
        p95_ms: cli.p95,
        note: `aim < 350 ms; \`node -e 0\` alone ${nodeStart.median.toFixed(0)} ms`,
      },
      ...paths.rows,
      ...firstExports.rows,
    ],
    notes: [
      `PDF size: ours ${sample.bytes.length} bytes, Chromium ${chromiumBytes} bytes.`,
      `Runs: ${ours.runs} ours (${toggles.length} toggled variants), ${chrome.runs} Chromium, ${cli.runs} CLI processes. Machine load: ${(await import('node:os')).loadavg()[0]?.toFixed(2)} (1-min average).`,
    ],
  };
}
