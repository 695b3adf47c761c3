import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, type BrokenLine } from '../../../src/core/layout/line-breaking';
import { createMeasure } from '../../../src/core/layout/width-cache';
import { fakeMetrics } from './fake-metrics';

// At size 10 a regular character is 5 pt wide: a 50 pt line holds 10 characters.
const SIZE = 10;
const text = (line: BrokenLine) => line.runs.map((run) => run.text).join('');
const wrap = (input: string, width: number) =>
  breakLines([{ text: input, style: 'regular' }], () => width, SIZE, createMeasure(fakeMetrics())).map(text);

describe('breakLines', () => {
  it('breaks at spaces and drops the space at the break', () => {
    expect(wrap('aaa bbb ccc ddd', 40)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('keeps a line that fits exactly', () => {
    expect(wrap('aaaa bbbbb', 50)).toEqual(['aaaa bbbbb']);
  });

  it('wraps at spaces, never after a hyphen, so extractors do not read "post- mortems"', () => {
    expect(wrap('aaa post-mortems', 60)).toEqual(['aaa', 'post-mortems']);
  });

  it('cuts a word too wide for a whole line after its hyphens and slashes', () => {
    expect(wrap('state-of-the-art', 50)).toEqual(['state-of-', 'the-art']);
    expect(wrap('CI/CD/release', 35)).toEqual(['CI/CD/', 'release']);
  });

  it('does not break after a leading hyphen or between double slashes', () => {
    expect(wrap('-5 https://x.io', 45)).toEqual(['-5', 'https://', 'x.io']);
  });

  it('cuts a word longer than the line inside the margin, keeping every character', () => {
    const word = 'x'.repeat(25);
    expect(wrap(`a ${word} b`, 50)).toEqual(['a', 'x'.repeat(10), 'x'.repeat(10), 'xxxxx b']);
  });

  it('terminates with one character per line when not even one character fits', () => {
    expect(wrap('abc', 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps combining marks on their letter when cutting', () => {
    // The fake counts the mark as a character: each cluster is 10 pt wide.
    expect(wrap('e\u0301e\u0301e\u0301', 10)).toEqual(['e\u0301', 'e\u0301', 'e\u0301']);
  });

  it('gives the first line its own width', () => {
    const lines = breakLines(
      [{ text: 'aaa bbb ccc', style: 'regular' }],
      (i) => (i === 0 ? 20 : 100),
      SIZE,
      createMeasure(fakeMetrics()),
    ).map(text);
    expect(lines).toEqual(['aaa', 'bbb ccc']);
  });

  it('keeps styles as separate runs with x offsets', () => {
    const [line] = breakLines(
      [
        { text: 'Go:', style: 'bold' },
        { text: ' a, b', style: 'regular' },
      ],
      () => 500,
      SIZE,
      createMeasure(fakeMetrics()),
    );
    expect(line?.runs).toEqual([
      { x: 0, text: 'Go:', style: 'bold', width: 16.5 },
      { x: 16.5, text: ' a, b', style: 'regular', width: 25 },
    ]);
  });

  it('measures each distinct word once', () => {
    const metrics = fakeMetrics();
    const measure = createMeasure(metrics);
    const input = Array.from({ length: 200 }, () => 'alpha beta gamma').join(' ');
    breakLines([{ text: input, style: 'regular' }], () => 120, SIZE, measure);
    const after = metrics.calls;
    breakLines([{ text: input, style: 'regular' }], () => 120, SIZE, measure);
    // Words, spaces and the few distinct line strings: nowhere near one call per character or per line.
    expect(after).toBeLessThan(20);
    expect(metrics.calls).toBe(after);
  });

  it('never loses a character and never overflows (property)', () => {
    const words = fc.array(fc.stringMatching(/^[a-z/-]{1,30}$/), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 300 }), (ws, width) => {
        const input = ws.join(' ');
        const lines = wrap(input, width);
        expect(lines.join('').replace(/ /g, '')).toBe(input.replace(/ /g, ''));
        for (const line of lines) {
          expect(line.length * 5 <= width + 0.01 || Array.from(line).length === 1).toBe(true);
          expect(line.startsWith(' ') || line.endsWith(' ')).toBe(false);
        }
      }),
    );
  });
});
