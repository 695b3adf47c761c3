import { spawn } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { createRepositories } from '../../../src/main/db/repositories';
import { bundleChild } from './child-bundle';
import { useTempDir } from './temp-dir';

const temp = useTempDir('rt-kill-');
const ROUNDS = 20;
/** Kills go on past ROUNDS until this many writes were acknowledged, however fast the machine is. */
const MIN_ACKED = 100;
let writer = '';

beforeEach(async () => {
  writer = await bundleChild(new URL('./kill-writer.ts', import.meta.url), temp.path('kill-writer.mjs'));
});

interface Round {
  jobs: number[];
  resumes: number[];
  stderr: string;
}

/** Starts the writer, SIGKILLs it after `delayMs` (counted from `ready` when `afterReady`), collects its acks. */
function runAndKill(file: string, delayMs: number, afterReady: boolean): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { jobs: [], resumes: [], stderr: '' };
    let pending = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (!afterReady) kill();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, value] = line.split(' ');
        if (kind === 'ready' && afterReady) kill();
        else if (kind === 'job') round.jobs.push(Number(value));
        else if (kind === 'resume') round.resumes.push(Number(value));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (round.stderr += chunk));
    child.on('error', reject);
    // 'close' waits for stdout to drain: every line written before the kill has been read.
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(round);
      else reject(new Error(`writer ended by itself (${String(signal)}): ${round.stderr}`));
    });
  });
}

describe('durability', () => {
  it(`keeps every acknowledged write and a sound file across ${ROUNDS}+ SIGKILLs`, async () => {
    const file = temp.path('app.sqlite');
    const acked: number[] = [];
    let lastResume = 0;
    for (let i = 0; i < ROUNDS || acked.length < MIN_ACKED; i += 1) {
      // Every fourth kill is timed from spawn, so some land while the database is being opened or created.
      const fromSpawn = i % 4 === 0;
      const round = await runAndKill(
        file,
        fromSpawn ? Math.random() * 150 : 5 + Math.random() * 200,
        !fromSpawn,
      );
      acked.push(...round.jobs);
      lastResume = round.resumes.at(-1) ?? lastResume;
    }

    const { db, notices } = temp.track(openDatabase(file));
    expect(notices).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const present = new Set((db.prepare('SELECT id FROM jobs').all() as { id: number }[]).map((r) => r.id));
    expect(acked.filter((id) => !present.has(id))).toEqual([]);
    expect(present.has(acked.at(-1) as number)).toBe(true);

    // The résumé is exactly one complete replace, at least as recent as the last acknowledged one.
    const resume = createRepositories(db).resume.getResume();
    const run = Number(/^Run (\d+)$/.exec(resume.profile.name)?.[1] ?? 0);
    expect(run).toBeGreaterThanOrEqual(lastResume);
    expect(resume.sections.map((s) => s.entries.map((e) => e.bullets.length))).toEqual([
      [4, 4, 4, 4, 4],
      [4, 4, 4, 4, 4],
      [4, 4, 4, 4, 4],
    ]);
    expect(
      new Set(
        resume.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text.split(' ')[1]))),
      ),
    ).toEqual(new Set([String(run)]));
  }, 30_000);
});
