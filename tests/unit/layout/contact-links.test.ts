import { describe, expect, it } from 'vitest';
import { emailLink, websiteLink } from '../../../src/core/layout/contact-links';
import { workRatio } from '../regex-steps';

describe('contact links', () => {
  it('links an e-mail address whose domain has an inner dot', () => {
    expect(emailLink('jose.muller@example.com')).toBe('mailto:jose.muller@example.com');
    expect(emailLink('a@b..c')).toBe('mailto:a@b..c');
    for (const text of ['a@b', 'a@b.', 'a@.', 'a@b c.d', 'ab.com', 'a@b@c.d'])
      expect(emailLink(text)).toBeUndefined();
  });

  it('links http(s) addresses and bare hosts, never another scheme', () => {
    expect(websiteLink('https://example.com/x?y#z')).toBe('https://example.com/x?y#z');
    expect(websiteLink('josemuller.dev')).toBe('https://josemuller.dev');
    expect(websiteLink('github.com/jose?tab=repos')).toBe('https://github.com/jose?tab=repos');
    expect(websiteLink('javascript:alert(1)')).toBeUndefined();
    // "a?b.com" is the host "a" with a query: not a host with a top-level domain.
    expect(websiteLink('a?b.com')).toBeUndefined();
  });

  it('does regex work linear in the field’s length (issue 11)', () => {
    const shapes: [(n: number) => string, (text: string) => unknown][] = [
      [(n) => `x@${'a.'.repeat(n)} `, emailLink],
      [(n) => `${'a.aa?'.repeat(n)} `, websiteLink],
      [(n) => `${'a.aa'.repeat(n)} `, websiteLink],
    ];
    for (const [make, fn] of shapes) expect(workRatio(make, fn, 150)).toBeLessThanOrEqual(6);
  });
});
