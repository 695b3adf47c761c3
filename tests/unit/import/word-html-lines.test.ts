import { describe, expect, it } from 'vitest';
import { parseResumeLines } from '../../../src/core/import/text-to-draft';
import { wordHtmlLines } from '../../../src/core/import/word-html-lines';

// HTML in the shape mammoth writes for a .docx (its elements, its escaping, its footnote marks).
const html = (...parts: string[]) => parts.join('');

describe('wordHtmlLines', () => {
  it('gives headings their level, list items their role, and a blank line before each heading', () => {
    const { lines } = wordHtmlLines(
      html(
        '<p>Ana Ruiz</p>',
        '<h2>Experience</h2>',
        '<h3>Welder</h3>',
        '<p>Acme &amp; Sons | 2019 – 2021</p>',
        '<ul><li>Welded <strong>pipe</strong> spools</li><li>Read drawings</li></ul>',
      ),
    );
    expect(lines).toEqual([
      { text: 'Ana Ruiz', indent: 0 },
      { text: '', indent: 0 },
      { text: 'Experience', indent: 0, role: { kind: 'heading', level: 2 } },
      { text: '', indent: 0 },
      { text: 'Welder', indent: 0, role: { kind: 'heading', level: 3 } },
      { text: 'Acme & Sons | 2019 – 2021', indent: 0 },
      { text: 'Welded pipe spools', indent: 0, role: { kind: 'list-item' } },
      { text: 'Read drawings', indent: 0, role: { kind: 'list-item' } },
    ]);
  });

  it('reads a layout table row by row: one-line cells side by side, longer cells one after another', () => {
    const { lines } = wordHtmlLines(
      html(
        '<table><tr><td><p>2019 – 2021</p></td><td><p>Welder, Acme</p></td></tr>',
        '<tr><td><p>2015</p></td><td><p><strong>Apprentice</strong></p><ul><li>Cut steel</li></ul></td></tr></table>',
      ),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '2019 – 2021\tWelder, Acme',
      '',
      '2015',
      'Apprentice',
      'Cut steel',
      '',
    ]);
    expect(lines[3]).toMatchObject({ bold: true });
    expect(lines[4]?.role).toEqual({ kind: 'list-item' });
  });

  it('keeps only the document’s words: footnote marks and back-links are dropped, web links collected', () => {
    const { lines, links } = wordHtmlLines(
      html(
        '<p>Site<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>: <a href="https://ana.example">ana.example</a></p>',
        '<ol><li id="footnote-1"><p>Own work. <a href="#footnote-ref-1">↑</a></p></li></ol>',
        '<p><img src="" /></p>',
      ),
    );
    expect(lines.map((l) => l.text)).toEqual(['Site: ana.example', 'Own work.', '']);
    expect(links).toEqual(['https://ana.example']);
  });

  it('breaks a paragraph at a line break, but joins a list item’s wrapped lines', () => {
    const { lines } = wordHtmlLines('<p>Leeds<br />07700 900123</p><ul><li>Fixed<br />boilers</li></ul>');
    expect(lines.map((l) => l.text)).toEqual(['Leeds', '07700 900123', 'Fixed boilers']);
  });
});

describe('Word lines through the résumé sectioning', () => {
  it('reads the name from a top heading, jobs from sub-headings, and an unknown section-level heading as a section', () => {
    const { lines } = wordHtmlLines(
      html(
        '<h1>Ana Ruiz</h1>',
        '<p>ana@example.com</p>',
        '<h2>Experience</h2>',
        '<h3>Welder</h3>',
        '<p>Acme | 2019 – 2021</p>',
        '<ul><li>Welded pipe spools</li></ul>',
        '<h3>Fitter</h3>',
        '<p>Bolt Ltd | 2015 – 2019</p>',
        '<ul><li>Fitted valves</li></ul>',
        '<h2>Tickets held</h2>',
        '<p>CSCS card</p>',
      ),
    );
    const { draft, unsure } = parseResumeLines(lines);
    expect(draft.profile).toMatchObject({ name: 'Ana Ruiz', email: 'ana@example.com' });
    expect(draft.sections.map((s) => [s.kind, s.title])).toEqual([
      ['experience', 'Experience'],
      ['custom', 'Tickets held'],
    ]);
    expect(
      draft.sections[0]?.entries.map((e) => [e.title, e.organization, e.bullets.map((b) => b.text)]),
    ).toEqual([
      ['Welder', 'Acme', ['Welded pipe spools']],
      ['Fitter', 'Bolt Ltd', ['Fitted valves']],
    ]);
    expect(unsure.map((n) => n.message)).toContain(
      '"Tickets held" read as a heading from its Word heading style',
    );
  });
});
