import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../src/renderer/src/lib/highlight-segments';

const isLoneSurrogate = (s: string) => /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s);

describe('highlight segments (what the posting view draws)', () => {
  it('marks exactly the ranges given and keeps every other character as plain text', () => {
    const text = 'Terraform and HAProxy';
    const segments = highlightSegments(text, [
      { start: 14, end: 21, data: 'HAProxy' },
      { start: 0, end: 9, data: 'Terraform' },
    ]);
    expect(segments.map((s) => [s.text, s.highlight])).toEqual([
      ['Terraform', true],
      [' and ', false],
      ['HAProxy', true],
    ]);
  });

  it('never cuts an emoji or other astral character in half', () => {
    const text = 'Go 🚀 fast';
    // A range ending between the two halves of the rocket grows to cover the whole character.
    const [first] = highlightSegments(text, [{ start: 0, end: 4, data: 'x' }]);
    expect(first?.text).toBe('Go 🚀');
  });

  it('drops overlapping and out-of-range offsets instead of drawing them twice', () => {
    const segments = highlightSegments('abcdef', [
      { start: 1, end: 4, data: 'a' },
      { start: 2, end: 5, data: 'b' },
      { start: -10, end: 0, data: 'c' },
      { start: 99, end: 120, data: 'd' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdef');
    expect(segments.filter((s) => s.highlight)).toHaveLength(1);
  });

  it('always rebuilds the exact text, with no segment starting or ending inside a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 200 }), end: fc.integer({ min: -5, max: 200 }) }),
          {
            maxLength: 10,
          },
        ),
        (text, ranges) => {
          const segments = highlightSegments(
            text,
            ranges.map((r) => ({ ...r, data: null })),
          );
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const segment of segments) expect(isLoneSurrogate(segment.text)).toBe(false);
        },
      ),
    );
  });
});
