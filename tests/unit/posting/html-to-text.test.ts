import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText, looksLikeHtml } from '../../../src/core/posting/html-to-text';

describe('htmlToText', () => {
  it('keeps the posting structure: headings and paragraphs as blocks, list items as "• " lines', () => {
    const html = `<html><head><title>Job</title><meta charset="utf-8"></head><body>
      <h1>Senior   Go Engineer</h1><p>Acme&nbsp;Ltd &amp; friends<br>Remote</p>
      <h2>Requirements</h2><ul><li>Go &amp; <b>Kubernetes</b></li><li>PostgreSQL</li></ul>
      <table><tr><td>Salary</td><td>&euro;90k</td></tr></table></body></html>`;
    expect(htmlToText(html)).toBe(
      'Senior Go Engineer\n\nAcme\u00A0Ltd & friends\nRemote\n\nRequirements\n\n\u2022 Go & Kubernetes\n\u2022 PostgreSQL\nSalary \u20AC90k',
    );
  });

  it('turns hostile markup into inert text: no script, handler, frame, style or link survives', () => {
    const html = [
      '<p>Hello</p>',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '<svg onload="alert(3)"><script>alert(4)</script><text>svg text</text></svg>',
      '<iframe srcdoc="<script>alert(5)</script>">frame body</iframe>',
      '<a href="javascript:alert(6)">click</a>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      '<base href="https://evil.example/">',
      '<style>@import url(https://evil.example/x.css); body{}</style>',
      '<noscript>no script</noscript><template><p>template</p></template>',
      '<SCRIPT type="text/javascript">alert(7)</SCRIPT >',
      '<p title="a > b">World</p>',
    ].join('');
    const text = htmlToText(html);
    expect(text).toBe('Hello\n\nclick\n\nWorld');
    expect(text).not.toMatch(/alert|evil|onerror|javascript|import|svg text|template/);
  });

  it('shows escaped markup as text instead of running it', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
  });

  it('decodes named and numeric entities, and refuses dangerous code points', () => {
    expect(
      htmlToText(
        '<p>&quot;C&#43;&#x2B;&quot; &mdash; caf&eacute; &#128512; &#0; &#xD800; &#x110000; &bogus; &amp</p>',
      ),
    ).toBe('"C++" \u2014 café 😀 \uFFFD \uFFFD \uFFFD &bogus; &');
  });

  it('drops an unclosed script to the end instead of leaking it', () => {
    expect(htmlToText('<p>Go</p><script>alert(1)<p>still script')).toBe('Go');
  });

  it('converts 10,000-deep nesting without overflowing the stack', () => {
    const depth = 10_000;
    const html = `${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('deep');
    const svg = `<p>a</p>${'<svg>'.repeat(depth)}x${'</svg>'.repeat(depth)}<p>b</p>`;
    expect(htmlToText(svg)).toBe('a\n\nb');
  });

  it('keeps preformatted whitespace and textarea content as text', () => {
    expect(htmlToText('<pre>a\n  b</pre><textarea><b>x</b></textarea>')).toBe('a\n  b\n<b>x</b>');
  });

  it('never throws and never emits a tag-opening "<" followed by a letter from real tags (property)', () => {
    const pieces = fc.constantFrom(
      '<div>',
      '</div>',
      '<li>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<svg>',
      '</svg>',
      '<p a="',
      '">',
      'text',
      '&amp;',
      '&#x1F600;',
      '<',
      '>',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const text = htmlToText(parts.join(''));
        expect(text).not.toMatch(/<(?:div|li|script|svg|p)\b/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><title>x</title>', true],
    ['<p>Hello</p>', true],
    ['<div class="job"><span>Go</span></div>', true],
    ['Experience with C<T> generics and <5 years', false],
    ['Use the <br> tag', false],
    ['plain text', false],
  ])('%s -> %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
