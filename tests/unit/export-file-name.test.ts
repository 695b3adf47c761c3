import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutToBytes, exportFileName, STEM_MAX_BYTES, utf8Length } from '../../src/core/export-file-name';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const isWellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
const stemOf = (name: string) => name.slice(0, name.lastIndexOf('.'));

describe('export file names', () => {
  it('names the file after the person, company and title, without reserved characters', () => {
    expect(exportFileName(['José Müller', 'Acme: Inc.', 'Dev/Ops?'], 'pdf')).toBe(
      'José Müller - Acme Inc. - Dev Ops.pdf',
    );
    expect(exportFileName(['', '  ', 'con'], 'pdf')).toBe('Resume con.pdf');
    expect(exportFileName(['...'], 'docx')).toBe('Resume.docx');
  });

  it('cuts a long non-ASCII name by UTF-8 bytes, under the 255-byte limit of file systems (issue 11)', () => {
    const name = exportFileName(['Ж'.repeat(300), 'Компания', 'Инженер'], 'docx');
    expect(bytes(name)).toBeLessThanOrEqual(STEM_MAX_BYTES + '.docx'.length);
    expect(bytes(stemOf(name))).toBeGreaterThan(STEM_MAX_BYTES - 2);
    // The atomic write's temporary name still fits: ".<name>.<12 hex>.tmp".
    expect(bytes(`.${name}.0123456789ab.tmp`)).toBeLessThanOrEqual(255);
  });

  it('never splits a surrogate pair or a grapheme (issue 11)', () => {
    const emoji = exportFileName([`a${'😀'.repeat(100)}`], 'pdf');
    expect(isWellFormed(emoji)).toBe(true);
    expect(stemOf(emoji)).toBe(`a${'😀'.repeat(49)}`);
    const family = '👨‍👩‍👧';
    const families = stemOf(exportFileName([family.repeat(40)], 'pdf'));
    expect(families).toBe(family.repeat(Math.floor(STEM_MAX_BYTES / bytes(family))));
    const accents = stemOf(exportFileName(['e\u0301'.repeat(100)], 'pdf'));
    expect(accents.normalize('NFD').endsWith('e\u0301')).toBe(true);
  });

  it('keeps every cut within the budget, well formed, and a prefix of the text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 0, max: 250 }),
        (text, max) => {
          const cut = cutToBytes(text, max);
          expect(text.startsWith(cut)).toBe(true);
          expect(utf8Length(cut)).toBe(bytes(cut));
          expect(bytes(cut)).toBeLessThanOrEqual(max);
          expect(isWellFormed(cut)).toBe(true);
        },
      ),
    );
  });

  it('cuts a single grapheme longer than the budget between code points', () => {
    const zalgo = `a${'\u0301'.repeat(300)}`;
    expect(bytes(cutToBytes(zalgo, STEM_MAX_BYTES))).toBe(1 + 2 * Math.floor((STEM_MAX_BYTES - 1) / 2));
  });
});
