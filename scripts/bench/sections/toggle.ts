/**
 * One toggle in Tailor, main's part, on the demo résumé and job (what a first start seeds): the old
 * path (setIncluded, then previewPdf: two calls, each reading the job and the résumé and matching) side
 * by side with the one call the app makes now (setIncluded with `preview`, one read and one match). The
 * renderer's part (pdf.js drawing) is printed by tests/e2e/preview.spec.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBackend } from '../bench-backend';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure, ratio } from '../measure';

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
    // Each run turns one bullet off or back on, so the résumé on the page changes every time.
    let n = 0;
    const nextStep = () => {
      const id = bulletIds[Math.floor(n / 2) % bulletIds.length] ?? 0;
      return [{ kind: 'bullet' as const, id, included: n++ % 2 === 1 }];
    };
    const change = await measure(() => handlers.setIncluded({ jobId, steps: nextStep() }), { runs });
    const preview = await measure(() => handlers.previewPdf({ jobId }), { runs });
    // Interleaved, so load on the shared machine falls on both paths alike.
    const twoCalls: number[] = [];
    const oneCall: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      const t0 = performance.now();
      await handlers.setIncluded({ jobId, steps: nextStep() });
      await handlers.previewPdf({ jobId });
      const t1 = performance.now();
      await handlers.setIncluded({ jobId, steps: nextStep(), preview: {} });
      const t2 = performance.now();
      // The first few warm both paths up.
      if (i >= 5) {
        twoCalls.push(t1 - t0);
        oneCall.push(t2 - t1);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
    const old = median(twoCalls);
    const now = median(oneCall);
    return {
      json: {
        change_ms: change.median,
        preview_ms: preview.median,
        toggle_two_calls_ms: old,
        toggle_one_call_ms: now,
      },
      table: [
        { what: 'setIncluded (one step), no preview', median_ms: change.median, p95_ms: change.p95 },
        { what: 'previewPdf alone', median_ms: preview.median, p95_ms: preview.p95 },
        {
          what: 'toggle, old path: setIncluded then previewPdf',
          median_ms: old,
          p95_ms: p95(twoCalls),
          vs_ours: ratio(old, now),
        },
        {
          what: 'toggle, ours: setIncluded with preview',
          median_ms: now,
          p95_ms: p95(oneCall),
          note: 'aim: with the drawing, <= 100 ms',
        },
      ],
      notes: [
        `demo résumé, ${bulletIds.length} bullets; ${runs} runs each, the two toggle paths interleaved`,
      ],
    };
  } finally {
    close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
