import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  openSync,
  closeSync,
  readFileSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { bundleChild } from './child-bundle';
import { useTempDir } from './temp-dir';

const temp = useTempDir('rt-power-');
const SNAPSHOTS = 10;
let writer = '';

beforeEach(async () => {
  writer = await bundleChild(new URL('./power-writer.ts', import.meta.url), temp.path('power-writer.mjs'));
});

/** Waits until the kernel reports the process stopped ('T'), so no write of it is half done in memory. */
async function stopped(pid: number): Promise<void> {
  for (;;) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    await sleep(1);
  }
}

function lastAck(ackFile: string): { id: number; walSize: number; ids: number[] } {
  // Only whole lines: a line cut by the stop was not yet a promise.
  const lines = readFileSync(ackFile, 'utf8').split('\n').slice(0, -1);
  const pairs = lines.map((line) => line.split(' ').map(Number) as [number, number]);
  const [id, walSize] = pairs.at(-1) ?? [0, 0];
  return { id, walSize, ids: pairs.map(([ackedId]) => ackedId) };
}

/**
 * The files as a power cut at this instant could leave them: `exact` is everything the writer had
 * written; `cut` loses the log's unsynced tail past the last acknowledged commit; `torn` keeps its length
 * but garbles that tail (a sector half written). What was acknowledged was fsynced, so it is in all three.
 */
function crashImages(file: string, walSize: number, at: string): string[] {
  const images: string[] = [];
  for (const kind of ['exact', 'cut', 'torn'] as const) {
    const image = `${at}-${kind}.sqlite`;
    copyFileSync(file, image);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${image}-wal`);
    images.push(image);
    if (kind === 'exact' || !existsSync(`${image}-wal`)) continue;
    const size = statSync(`${image}-wal`).size;
    if (size <= walSize) continue;
    const from = walSize + Math.floor(Math.random() * (size - walSize));
    if (kind === 'cut') truncateSync(`${image}-wal`, from);
    else {
      const fd = openSync(`${image}-wal`, 'r+');
      writeSync(fd, randomBytes(Math.min(4096, size - from)), 0, Math.min(4096, size - from), from);
      closeSync(fd);
    }
  }
  return images;
}

describe('power loss', () => {
  it.skipIf(process.platform !== 'linux')(
    `a crash image taken at ${SNAPSHOTS} points of a write opens sound, with every acknowledged write`,
    async () => {
      const file = temp.path('app.sqlite');
      const ackFile = temp.path('acks.txt');
      const child: ChildProcess = spawn(process.execPath, [writer, file, ackFile], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout?.once('data', () => resolve());
          child.once('exit', (code) => reject(new Error(`writer ended (${String(code)})`)));
        });
        const taken: { images: string[]; ack: ReturnType<typeof lastAck> }[] = [];
        for (let n = 0; n < SNAPSHOTS; n += 1) {
          // Where the cut falls is random; that the files survive it must hold wherever it falls.
          await sleep(10 + Math.random() * 90);
          child.kill('SIGSTOP');
          await stopped(child.pid as number);
          const ack = lastAck(ackFile);
          taken.push({ images: crashImages(file, ack.walSize, temp.path(`image-${n}`)), ack });
          child.kill('SIGCONT');
        }
        expect(taken.at(-1)?.ack.id).toBeGreaterThan(0);

        for (const { images, ack } of taken) {
          for (const image of images) {
            const { db, notices } = temp.track(openDatabase(image));
            expect(notices, image).toEqual([]);
            expect(db.pragma('integrity_check', { simple: true }), image).toBe('ok');
            const present = new Set(
              (db.prepare('SELECT id FROM jobs').all() as { id: number }[]).map((r) => r.id),
            );
            expect(
              ack.ids.filter((id) => !present.has(id)),
              image,
            ).toEqual([]);
            db.close();
          }
        }
      } finally {
        child.kill('SIGKILL');
      }
    },
    60_000,
  );
});
