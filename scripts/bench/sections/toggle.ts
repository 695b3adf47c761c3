/**
 * One toggle in Tailor, main's part, on the demo résumé and job (what a first start seeds): the change
 * itself, and the preview PDF the renderer asks for next. The renderer's part (pdf.js drawing) is
 * printed by tests/e2e/preview.spec.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBackend } from '../bench-backend';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure } from '../measure';

export const name = 'toggle';

export async function run({ root, quick }: BenchContext): Promise<BenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-bench-toggle-'));
  const { handlers, close } = benchBackend(root, dataDir);
  try {
    const runs = quick ? 10 : 40;
    const [job] = await handlers.listJobs({ limit: 1 });
    if (!job) throw new Error('the demo seeds one job');
    const jobId = job.id;
    const first = await handlers.getTailoring({ jobId });
    const bulletIds = first.resume.sections.flatMap((s) =>
      s.entries.flatMap((e) => e.bullets.map((b) => b.id)),
    );
    let n = 0;
    const nextBullet = () => bulletIds[n++ % bulletIds.length] ?? 0;
    const change = await measure(
      async () => {
        const id = nextBullet();
        await handlers.setIncluded({ jobId, steps: [{ kind: 'bullet', id, included: false }] });
        await handlers.setIncluded({ jobId, steps: [{ kind: 'bullet', id, included: true }] });
      },
      { runs },
    );
    const preview = await measure(() => handlers.previewPdf({ jobId }), { runs });
    const toggle = await measure(
      async () => {
        const id = nextBullet();
        await handlers.setIncluded({ jobId, steps: [{ kind: 'bullet', id, included: n % 2 === 0 }] });
        await handlers.previewPdf({ jobId });
      },
      { runs },
    );
    return {
      json: { change_ms: change.median / 2, preview_ms: preview.median, toggle_ms: toggle.median },
      table: [
        { what: 'setIncluded (one step)', median_ms: change.median / 2, p95_ms: change.p95 / 2 },
        { what: 'previewPdf', median_ms: preview.median, p95_ms: preview.p95 },
        {
          what: 'toggle: change + preview, main side',
          median_ms: toggle.median,
          p95_ms: toggle.p95,
          note: 'aim: with the drawing, <= 100 ms',
        },
      ],
      notes: [`demo résumé, ${bulletIds.length} bullets; ${runs} runs each`],
    };
  } finally {
    close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
