import { describe, expect, it } from 'vitest';
import { chunkBlock } from '../../../src/renderer/src/features/tailor/posting-chunks';

const mark = (start: number, end: number) => ({ start, end });

describe('chunkBlock', () => {
  const line = 'Experience with Terraform and AWS on call.\n';
  const text = `Intro\n${line.repeat(500)}`;
  const block = { start: 6, end: text.length };

  it('covers the block exactly, in order, in chunks of about the size that end after a line break', () => {
    const chunks = chunkBlock(text, block, [], 1_000);
    expect(chunks[0]?.start).toBe(6);
    expect(chunks.at(-1)?.end).toBe(text.length);
    chunks.slice(1).forEach((chunk, i) => expect(chunk.start).toBe(chunks[i]?.end));
    for (const chunk of chunks) expect(chunk.end - chunk.start).toBeLessThanOrEqual(1_000);
    for (const chunk of chunks.slice(0, -1)) expect(text[chunk.end - 1]).toBe('\n');
    expect(chunks.length).toBeGreaterThan(20);
  });

  it('never cuts a skill in two, nor a character made of two UTF-16 units', () => {
    const long = 'x'.repeat(999) + '😀' + 'y'.repeat(2_000);
    const plain = chunkBlock(long, { start: 0, end: long.length }, [], 1_000);
    for (const chunk of plain) expect(long.codePointAt(chunk.start)).not.toBe(0xde00);
    const marks = [mark(995, 1_010)];
    const marked = chunkBlock(long, { start: 0, end: long.length }, marks, 1_000);
    expect(marked[0]?.end).toBe(1_010);
  });

  it('keeps a short block whole', () => {
    expect(chunkBlock('Short', { start: 0, end: 5 }, [])).toEqual([{ start: 0, end: 5 }]);
  });
});
