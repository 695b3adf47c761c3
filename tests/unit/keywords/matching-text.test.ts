import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching, stripIgnorables } from '../../../src/core/keywords/matching-text';

/** The original range behind normalized units [from, to). */
function originalRange(input: string, from: number, to: number): string {
  const view = normalizeForMatching(input);
  return input.slice(view.starts[from], view.ends[to - 1]);
}

function isCodePointBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

describe('normalizeForMatching', () => {
  it('lower-cases and drops zero-width characters, soft hyphens, BOM and bidi controls', () => {
    const input = '\uFEFFPy\u00ADth\u200Bon \u202EGo\u202C and K\u2060ubernetes\u2066';
    expect(normalizeForMatching(input).text).toBe('python go and kubernetes');
  });

  it('folds full-width letters and composes NFD accents, mapping back to the original characters', () => {
    const view = normalizeForMatching('ＰｙｔｈｏｎＸ cafe\u0301!');
    expect(view.text).toBe('pythonx café!');
    const accent = view.text.indexOf('é');
    expect(originalRange('ＰｙｔｈｏｎＸ cafe\u0301!', accent, accent + 1)).toBe('e\u0301');
    expect(originalRange('ＰｙｔｈｏｎＸ cafe\u0301!', 0, 6)).toBe('Ｐｙｔｈｏｎ');
  });

  it('folds typographic dashes and quotes to ASCII', () => {
    expect(normalizeForMatching('Objective\u2013C, Node\u2019s').text).toBe("objective-c, node's");
  });

  it('keeps emoji whole: both halves of a surrogate pair map to the same original range', () => {
    const input = 'a😀b';
    const view = normalizeForMatching(input);
    expect(view.text).toBe('a😀b');
    expect([view.starts[1], view.ends[1], view.starts[2], view.ends[2]]).toEqual([1, 3, 1, 3]);
  });

  it('replaces a lone surrogate with U+FFFD instead of carrying half a pair', () => {
    expect(normalizeForMatching('x\uD800y').text).toBe('x\uFFFDy');
    expect(normalizeForMatching('x\uDC00').text).toBe('x\uFFFD');
  });

  it('maps every unit to an in-bounds, code-point aligned, non-empty original range (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const view = normalizeForMatching(input);
        expect(view.starts.length).toBe(view.text.length);
        for (let i = 0; i < view.text.length; i++) {
          const start = view.starts[i] ?? -1;
          const end = view.ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(input.length);
          expect(end).toBeGreaterThan(start);
          expect(isCodePointBoundary(input, start) && isCodePointBoundary(input, end)).toBe(true);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(view.starts[i - 1] ?? 0);
        }
      }),
    );
  });

  it('stripIgnorables removes only invisible format characters', () => {
    expect(stripIgnorables('Go\u200B\u200Dlang \u202Ex')).toBe('Golang x');
  });
});
