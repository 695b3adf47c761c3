import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsShape, runsText } from '../long-runs';
import { analyzePaste, COUNTED, MAX_RATIO, ratio } from './paste-work';

describe('pasted HTML: regex work grows linearly with the text (issue 11)', () => {
  it('the same runs inside HTML, where <pre> and non-breaking spaces keep them', COUNTED, () => {
    fc.assert(
      fc.property(runsShape, fc.constantFrom('<div><p>', '<p><pre>'), (shape, open) => {
        expect(ratio((n) => open + runsText(shape, n), analyzePaste)).toBeLessThanOrEqual(MAX_RATIO);
      }),
      { seed: 11, numRuns: 25 },
    );
  });
});
