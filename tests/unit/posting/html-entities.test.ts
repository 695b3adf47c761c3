import { describe, expect, it } from 'vitest';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import { decodeAttributeEntities, decodeEntities, entityAt } from '../../../src/core/posting/html-entities';
import { pasteToText } from '../../../src/core/posting/paste-to-text';

describe('character references in a pasted posting', () => {
  it('reads the common ones, numeric ones in both bases and a rare named one', () => {
    const html =
      '<p>Caf&eacute;&nbsp;team &mdash; we&rsquo;re hiring</p><p>Don&#8217;t wait &#x2014; ' +
      '&check; Python, &frac34; remote</p>';
    const { text } = pasteToText(html);
    expect(text).toContain('Café\u00A0team \u2014 we\u2019re hiring');
    expect(text).toContain('Don\u2019t wait \u2014 \u2713 Python, \u00BE remote');
  });

  it('leaves a malformed or unknown reference as typed', () => {
    expect(decodeEntities('R&foo and &foo; and AT&T, 5 & 6')).toBe('R&foo and &foo; and AT&T, 5 & 6');
    expect(pasteToText('<p>Terms &foo apply</p>').text).toContain('Terms &foo apply');
  });

  it('reads an old page’s references without a semicolon, but keeps a link’s query', () => {
    expect(decodeEntities('&copy 2024 Acme &amp Co')).toBe('\u00A9 2024 Acme & Co');
    expect(decodeAttributeEntities('https://jobs.example/?a=1&copy=2&amp;b=3')).toBe(
      'https://jobs.example/?a=1&copy=2&b=3',
    );
  });

  it('turns the code points a hostile page breaks decoders with into U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#99999999999;')).toBe('\uFFFD'.repeat(4));
  });
});

describe('a reference inside plain text', () => {
  it('is read with its exact length, so offsets still point into the text', () => {
    expect(entityAt('R&amp;D', 1)).toEqual({ value: '&', length: 5 });
    expect(entityAt('C&#43;&#43;', 1)).toEqual({ value: '+', length: 5 });
    expect(entityAt('Node&#x2E;js', 4)).toEqual({ value: '.', length: 6 });
    expect(entityAt('ends with &amp', 10)).toEqual({ value: '&', length: 4 });
  });

  it('is no reference when unknown, or when it runs into a word ("&copyright", "&notes")', () => {
    for (const text of ['&foo', '&foo;', '&copyright', '&notes', '& x', '&']) {
      expect(entityAt(text, 0), text).toBeUndefined();
    }
    expect(entityAt('no ampersand here', 3)).toBeUndefined();
  });

  it('lets the matcher find a skill written with references, and highlight all of it', () => {
    const matcher = createSkillMatcher([{ name: 'C++', aliases: [], category: 'language' }]);
    const text = 'We write C&#43;&plus; daily';
    const [match] = matcher.find(text);
    expect(match?.skill).toBe('C++');
    expect(text.slice(match?.start, match?.end)).toBe('C&#43;&plus;');
  });
});
