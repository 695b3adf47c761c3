import { describe, expect, it } from 'vitest';
import { findTermsInText } from '../../../src/core/keywords/find-terms';

describe('findTermsInText', () => {
  it('finds free-form terms with the matcher rules: case, separators, longest match, original offsets', () => {
    const text = 'Led the SOC\u00A02 audit; soc-2 evidence; Data Mesh rollout and data mesh talks';
    const matches = findTermsInText(text, ['SOC 2', 'Data Mesh', 'Data', '']);
    expect(matches.map((m) => [m.term, text.slice(m.start, m.end)])).toEqual([
      ['SOC 2', 'SOC\u00A02'],
      ['SOC 2', 'soc-2'],
      ['Data Mesh', 'Data Mesh'],
      ['Data Mesh', 'data mesh'],
    ]);
  });

  it('returns nothing for an empty list or empty text', () => {
    expect(findTermsInText('anything', [])).toEqual([]);
    expect(findTermsInText('', ['x'])).toEqual([]);
  });
});
