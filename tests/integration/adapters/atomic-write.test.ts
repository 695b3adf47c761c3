import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/adapters/atomic-write';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rt-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic write', () => {
  it('replaces the old file whole, leaving nothing else behind', () => {
    const target = join(dir, 'resume.pdf');
    writeFileSync(target, 'old');
    writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['resume.pdf']);
  });

  it('fails without touching what is there and without leaving a temporary file', () => {
    // A folder where the file should go: the rename is refused after the bytes were written.
    const target = join(dir, 'resume.pdf');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep me');
    const neighbour = join(dir, 'cover-letter.pdf');
    writeFileSync(neighbour, 'old letter');

    expect(() => writeFileAtomic(target, new TextEncoder().encode('new'))).toThrow();
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(neighbour, 'utf8')).toBe('old letter');
    expect(readdirSync(dir).sort()).toEqual(['cover-letter.pdf', 'resume.pdf']);
  });

  it('fails cleanly when the folder does not exist', () => {
    // In words a person can act on (the system's ENOENT stays in the details).
    expect(() => writeFileAtomic(join(dir, 'missing', 'resume.pdf'), new Uint8Array([1]))).toThrow(
      expect.objectContaining({
        code: 'io-failed',
        message: expect.stringMatching(/folder for the file .*resume\.pdf does not exist/),
        details: expect.objectContaining({ cause: 'ENOENT' }),
      }),
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
