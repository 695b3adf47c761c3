import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pasteToText } from '../../../src/core/posting/paste-to-text';

describe('pasteToText', () => {
  it('turns every line-break convention into "\\n"', () => {
    expect(pasteToText('a\r\nb\rc\u2028d\u2029e\u0085f\fg\vh').text).toBe('a\nb\nc\nd\ne\nf\ng\nh');
  });

  it('removes NUL, control characters and terminal escapes but keeps tabs and line breaks', () => {
    const raw =
      '\u001B[1;31mRequirements\u001B[0m\u0000\n\tGo\u0007 and\u007F Rust\u001B]0;title\u0007\u009B';
    expect(pasteToText(raw)).toEqual({ text: 'Requirements\n\tGo and Rust', wasHtml: false });
  });

  it('keeps the text after an unterminated terminal escape', () => {
    expect(pasteToText('\u001B]0;oops\nPython').text).toBe('0;oops\nPython');
  });

  it('strips a leading BOM and replaces lone surrogates with U+FFFD, keeping emoji', () => {
    expect(pasteToText('\uFEFFGo\uD800 \uDC00x 😀').text).toBe('Go\uFFFD \uFFFDx 😀');
  });

  it('keeps invisible format characters so highlights can still cover them', () => {
    expect(pasteToText('Pyth\u200Bon \u202Ex').text).toBe('Pyth\u200Bon \u202Ex');
  });

  it('converts pasted HTML and says so', () => {
    expect(pasteToText('<ul><li>Go</li><li>Rust</li></ul>')).toMatchObject({
      text: '\u2022 Go\n\u2022 Rust',
      wasHtml: true,
    });
  });

  it('leaves text with a stray "<" alone', () => {
    expect(pasteToText('Salary <5 LPA, templates like List<T> in C#')).toEqual({
      text: 'Salary <5 LPA, templates like List<T> in C#',
      wasHtml: false,
    });
  });

  it('always returns well-formed text without control characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const { text } = pasteToText(raw);
        const controls = [...text].filter((ch) => {
          const code = ch.charCodeAt(0);
          return code < 0x20
            ? code !== 0x09 && code !== 0x0a
            : (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
        });
        expect(controls).toEqual([]);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)).toBe(
          false,
        );
      }),
      { numRuns: 300 },
    );
  });
});
