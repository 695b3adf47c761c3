import { describe, expect, it } from 'vitest';
import {
  describeUnsupportedCharacters,
  findUnsupportedCharacters,
} from '../../../src/core/layout/unsupported-characters';
import { toDrawnText } from '../../../src/core/layout/drawn-text';
import { emptyProfile } from '../../../src/core/resume/profile';
import type { Resume } from '../../../src/core/resume/resume';
import { entry, sampleResume, section } from '../../fixtures/resume-sample';
import { fakeMetrics } from './fake-metrics';
import { must } from './layout-helpers';

describe('findUnsupportedCharacters', () => {
  it('finds nothing in Latin, Greek and Cyrillic text the fonts cover', () => {
    expect(findUnsupportedCharacters(sampleResume(), fakeMetrics())).toEqual([]);
  });

  it('names each character, its code point and the field it is in', () => {
    const resume: Resume = {
      profile: { ...emptyProfile(), name: 'Ann 😀' },
      sections: [
        section('experience', 'Experience', [
          entry({ title: 'Dev', organization: 'Acme' }, ['ok', 'fine', 'Shipped 中文 and 中 again']),
        ]),
      ],
    };
    const found = findUnsupportedCharacters(resume, fakeMetrics());
    expect(found).toEqual([
      { character: '😀', codePoint: 'U+1F600', field: 'profile › name', style: 'bold', reason: 'no-glyph' },
      {
        character: '中',
        codePoint: 'U+4E2D',
        field: 'Experience › Acme › bullet 3',
        style: 'regular',
        reason: 'no-glyph',
      },
      {
        character: '文',
        codePoint: 'U+6587',
        field: 'Experience › Acme › bullet 3',
        style: 'regular',
        reason: 'no-glyph',
      },
    ]);
    const message = describeUnsupportedCharacters(found);
    expect(message).toContain('"中" (U+4E2D) in Experience › Acme › bullet 3');
    expect(message).toContain('U+1F600');
  });

  it('reports a lone surrogate by its code point', () => {
    const resume: Resume = { profile: { ...emptyProfile(), summary: 'bad \uD800 half' }, sections: [] };
    const [found] = findUnsupportedCharacters(resume, fakeMetrics());
    expect(found).toMatchObject({ codePoint: 'U+D800', field: 'profile › summary' });
    expect(describeUnsupportedCharacters([must(found)])).toContain('"\uFFFD" (U+D800)');
  });

  it('refuses right-to-left text even when the font has the glyphs', () => {
    const resume: Resume = { profile: { ...emptyProfile(), location: 'תל אביב' }, sections: [] };
    const found = findUnsupportedCharacters(resume, fakeMetrics());
    expect(found[0]).toMatchObject({
      codePoint: 'U+05EA',
      reason: 'right-to-left',
      field: 'profile › location',
    });
    expect(describeUnsupportedCharacters(found)).toContain('Right-to-left scripts');
  });

  it('ignores invisible characters the template drops anyway', () => {
    const resume: Resume = {
      profile: { ...emptyProfile(), summary: 'Pyth\u200Bon \u202Eevil\uFEFF\u00AD' },
      sections: [],
    };
    expect(findUnsupportedCharacters(resume, fakeMetrics())).toEqual([]);
  });

  it('shortens the list in the message', () => {
    const summary = Array.from({ length: 8 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const found = findUnsupportedCharacters(
      { profile: { ...emptyProfile(), summary }, sections: [] },
      fakeMetrics(),
    );
    expect(describeUnsupportedCharacters(found)).toContain('and 3 more');
  });
});

describe('toDrawnText', () => {
  it('composes accents, collapses whitespace and drops invisible characters', () => {
    expect(toDrawnText('  cafe\u0301\t\n  au\u00A0lait\u2028x\u200D ')).toBe('café au lait x');
  });
});
