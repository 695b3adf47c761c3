import { describe, expect, it } from 'vitest';
import { firstPageHeaderPart, wordHeaderLines } from '../../../src/core/import/word-header-lines';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentWith = (sectionProperties: string) =>
  `<w:document ${W}><w:body><w:p><w:r><w:t>Body</w:t></w:r></w:p><w:sectPr>${sectionProperties}</w:sectPr></w:body></w:document>`;
const RELS =
  '<Relationships><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
  '<Relationship Target="header2.xml" Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"/></Relationships>';

describe('firstPageHeaderPart', () => {
  it('is the default header, or the first-page one when the section has a distinct title page', () => {
    const refs =
      '<w:headerReference w:type="default" r:id="rId7"/><w:headerReference r:id="rId8" w:type="first"/>';
    expect(firstPageHeaderPart(documentWith(refs), RELS)).toBe('word/header1.xml');
    expect(firstPageHeaderPart(documentWith(`${refs}<w:titlePg/>`), RELS)).toBe('word/header2.xml');
    expect(firstPageHeaderPart(documentWith(`${refs}<w:titlePg w:val="0"/>`), RELS)).toBe('word/header1.xml');
  });

  it('is none when the first page shows no header', () => {
    // A distinct title page with no first-page header: Word shows the first page without one.
    const defaultOnly = '<w:headerReference w:type="default" r:id="rId7"/><w:titlePg/>';
    expect(firstPageHeaderPart(documentWith(defaultOnly), RELS)).toBeUndefined();
    expect(firstPageHeaderPart(documentWith(''), RELS)).toBeUndefined();
    expect(firstPageHeaderPart(`<w:document ${W}><w:body/></w:document>`, RELS)).toBeUndefined();
  });
});

describe('wordHeaderLines', () => {
  it('gives each paragraph as a line, tabs kept, line breaks as new lines, entities decoded', () => {
    const xml =
      `<w:hdr ${W}><w:p><w:r><w:t>Kim </w:t></w:r><w:r><w:t xml:space="preserve">Lee</w:t></w:r></w:p>` +
      '<w:p><w:r><w:t>kim@example.com</w:t><w:tab/><w:t>Leeds &amp; York</w:t><w:br/><w:t>07700 900123</w:t></w:r></w:p>' +
      '<w:p/><w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText></w:r></w:p></w:hdr>';
    expect(wordHeaderLines(xml).map((line) => line.text)).toEqual([
      'Kim Lee',
      'kim@example.com\tLeeds & York',
      '07700 900123',
    ]);
  });
});
