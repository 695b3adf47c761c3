import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { findMainPostingStart } from '../../../src/core/posting/page-noise';
import { splitLines } from '../../../src/core/posting/posting-lines';
import { appMatcher } from '../keywords/app-dictionary';
import { runsShape, runsText } from '../long-runs';
import { workRatio } from '../regex-steps';
import { analyzePaste, COUNTED, MAX_RATIO, ratio, UNIT } from './paste-work';

// The same runs inside HTML are in linear-work-html.test.ts: apart, the two files run side by side.

describe('the step counter', () => {
  it('sees the quadratic scan of the old address pattern, and none in the new', () => {
    const letters = (n: number) => 'a'.repeat(n);
    const old = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
    expect(workRatio(letters, (text) => text.match(old), UNIT, { maxRatio: 20 })).toBeGreaterThan(14);
    expect(ratio(letters, (text) => analyzePaste(text))).toBeLessThanOrEqual(MAX_RATIO);
  });
});

describe('pasted text: regex work grows linearly with the text (issue 11)', () => {
  it(
    'a posting of long runs of one shape: letters, dots, spaces, decorations, addresses, years',
    COUNTED,
    () => {
      fc.assert(
        fc.property(runsShape, (shape) => {
          expect(ratio((n) => runsText(shape, n), analyzePaste)).toBeLessThanOrEqual(MAX_RATIO);
        }),
        { seed: 11, numRuns: 40 },
      );
    },
  );

  it('shapes that backtracked before the fix', COUNTED, () => {
    const cases: ((n: number) => string)[] = [
      (n) => 'a'.repeat(n), // the e-mail part of the address pattern
      (n) => `Requirements\nexperience${' '.repeat(n)}x`, // "\s*(?:of|:)?\s*" after "experience"
      (n) => `Requirements\n1${' '.repeat(n)}x`, // "\s*\+?\s*" after a number of years
      (n) => `<div><p>a${'\u00A0'.repeat(n)}x`, // "\s+$" when the text is cleaned up
      (n) => `<p><pre>a${' '.repeat(n)}x`, // " +\n"
    ];
    for (const make of cases) expect(ratio(make, analyzePaste)).toBeLessThanOrEqual(MAX_RATIO);
  });
});

describe('one enormous line (issue 11)', () => {
  it('finds no navigation in a 6M-character line instead of overflowing the regex stack', () => {
    for (const line of ['a'.repeat(6_000_000), 'Jobs  Home  '.repeat(500_000)]) {
      expect(findMainPostingStart(splitLines(line))).toBe(0);
    }
    const nav = 'Find jobs   Company reviews   Salaries   Post a job   Sign in';
    expect(findMainPostingStart(splitLines(`${nav}\nData Engineer`))).toBe(1);
  });

  it('reads the capitalised words of a 2M-character line without searching back to its start for each', () => {
    // Not a regex: each word's lookup of its line start scanned the whole line before it (minutes here).
    const analysis = analyzePosting('Requirements\n' + 'Zorblat Ab '.repeat(200_000), appMatcher);
    expect(analysis.other.map((term) => term.term)).toContain('Zorblat');
  });
});
