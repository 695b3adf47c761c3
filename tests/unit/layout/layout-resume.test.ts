import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS, PAGE_SIZES } from '../../../src/core/layout/layout-options';
import { layoutResume } from '../../../src/core/layout/layout-resume';
import { expectedPageTexts, expectedReadingText } from '../../../src/core/layout/reading-text';
import { emptyProfile } from '../../../src/core/resume/profile';
import type { Resume } from '../../../src/core/resume/resume';
import { bulletTexts, entry, sampleResume, section } from '../../fixtures/resume-sample';
import { fakeMetrics } from './fake-metrics';
import { allRuns, must, pageLines, squash } from './layout-helpers';

const layout = (resume: Resume, options = {}) => layoutResume(resume, options, fakeMetrics());
const margin = DEFAULT_LAYOUT_OPTIONS.margins.left;

describe('layoutResume: the template', () => {
  const doc = layout(sampleResume());
  const runs = allRuns(doc);
  const lines = doc.pages.flatMap(pageLines);

  it('starts with the name, large and bold, then the headline, then the contact line', () => {
    expect(runs[0]).toMatchObject({ text: 'José Müller-Peña', style: 'bold', size: 20, x: margin });
    expect(lines[1]?.text).toBe('Senior Backend Engineer · Distributed systems, payments and data platforms');
    expect(lines[2]?.runs.map((run) => run.text)).toEqual([
      'jose.muller@example.com',
      '  |  ',
      '+49 170 1234567',
      '  |  ',
      'Zürich, Switzerland',
      '  |  ',
      'josemuller.dev',
    ]);
  });

  it('links the email and the website over their own runs', () => {
    const links = doc.pages[0]?.links ?? [];
    expect(links.map((link) => link.url)).toEqual([
      'mailto:jose.muller@example.com',
      'https://josemuller.dev',
    ]);
    const email = runs.find((run) => run.text === 'jose.muller@example.com');
    expect(links[0]).toMatchObject({ x: email?.x, w: email?.width });
    expect(links[0]?.y).toBeLessThan(email?.y ?? 0);
  });

  it('draws headings as one bold run, as typed and larger than the body, with a rule under each', () => {
    const headings = runs.filter((run) => run.style === 'bold' && run.size === 13);
    expect(headings.map((run) => run.text)).toEqual(['Summary', 'Experience', 'Education', 'Skills']);
    expect(doc.pages.flatMap((page) => page.rules)).toHaveLength(4);
    const rule = doc.pages[0]?.rules[0];
    expect(rule?.y).toBeGreaterThan(headings[0]?.y ?? Infinity);
    expect(rule?.width).toBeCloseTo(PAGE_SIZES.a4.width - 2 * margin);
  });

  it('draws the entry title bold and organization, location and dates as separate runs', () => {
    const title = lines.find((line) => line.text === 'Senior Software Engineer');
    expect(title?.runs).toHaveLength(1);
    expect(title?.runs[0]?.style).toBe('bold');
    const meta = lines[lines.indexOf(must(title)) + 1];
    expect(meta?.runs.map((run) => [run.text, run.style])).toEqual([
      ['Acme Payments GmbH', 'regular'],
      ['  |  ', 'italic'],
      ['Zürich, Switzerland', 'italic'],
      ['  |  ', 'italic'],
      ['Mar 2021 – Present', 'italic'],
    ]);
  });

  it('draws each bullet symbol as its own run before the text, wrapped lines under the text', () => {
    const bulletRuns = runs.filter((run) => run.text === '•');
    expect(bulletRuns).toHaveLength(bulletTexts(sampleResume()).length);
    const first = lines.find((line) => line.runs[0]?.text === '•');
    expect(first?.runs).toHaveLength(2);
    const symbol = must(first?.runs[0]);
    const text = must(first?.runs[1]);
    expect(symbol.x + symbol.width).toBeLessThan(text.x);
    const next = lines[lines.indexOf(must(first)) + 1];
    expect(next?.runs[0]?.x).toBe(text?.x);
  });

  it('draws a skills entry as "Title: items" with a bold title run', () => {
    const skills = lines.find((line) => line.text.startsWith('Languages'));
    expect(skills?.runs.map((run) => [run.text, run.style])).toEqual([
      ['Languages:', 'bold'],
      [' Go, TypeScript, Python, SQL, C++', 'regular'],
    ]);
    expect(expectedReadingText(doc)).toContain('Languages: Go, TypeScript, Python, SQL, C++');
  });

  it('draws strictly top to bottom, left to right, inside the margins', () => {
    for (const page of doc.pages) {
      let previous = { x: -1, y: -1 };
      for (const run of page.runs) {
        expect(run.y > previous.y || (run.y === previous.y && run.x > previous.x)).toBe(true);
        expect(run.x).toBeGreaterThanOrEqual(margin - 0.01);
        expect(run.x + run.width).toBeLessThanOrEqual(PAGE_SIZES.a4.width - margin + 0.01);
        previous = run;
      }
    }
  });

  it('reads every bullet in order in the expected text', () => {
    const reading = squash(expectedReadingText(doc));
    let from = 0;
    for (const bullet of bulletTexts(sampleResume())) {
      const at = reading.indexOf(squash(bullet), from);
      expect(at, bullet).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('joins runs with a space where they are apart and without one where they touch', () => {
    const text = expectedPageTexts(doc)[0] ?? '';
    expect(text).toContain('\n• Designed the settlement service');
    expect(text).toContain('jose.muller@example.com  |  +49 170 1234567');
  });
});

describe('layoutResume: odd input', () => {
  it('lays out an empty résumé as one empty page', () => {
    const doc = layout({ profile: emptyProfile(), sections: [] });
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]?.runs).toEqual([]);
  });

  it('leaves out sections and entries with nothing to draw, and blank bullets', () => {
    const resume: Resume = {
      profile: { ...emptyProfile(), name: 'A' },
      sections: [
        section('projects', 'Projects', []),
        section('experience', 'Work', [entry({}, ['  ', '\t']), entry({ title: 'Dev' }, ['', 'Did things'])]),
      ],
    };
    const text = expectedReadingText(layout(resume));
    expect(text).toBe('A\nWork\nDev\n• Did things');
  });

  it('uses the kind as heading when a section has no title', () => {
    const resume: Resume = {
      profile: emptyProfile(),
      sections: [section('education', ' ', [entry({ title: 'BSc' }, [])])],
    };
    expect(expectedReadingText(layout(resume))).toBe('Education\nBSc');
  });

  it('normalizes pasted whitespace and invisible characters', () => {
    const resume: Resume = {
      profile: emptyProfile(),
      sections: [section('custom', 'Notes', [entry({}, ['Pyth\u200Bon\tand\r\nGo\u202E, cafe\u0301'])])],
    };
    expect(expectedReadingText(layout(resume))).toContain('• Python and Go, café');
  });

  it('wraps a URL longer than the line inside the margins', () => {
    const url = `https://example.com/${'a'.repeat(400)}`;
    const resume: Resume = {
      profile: { ...emptyProfile(), website: url },
      sections: [section('custom', 'Links', [entry({}, [url])])],
    };
    const doc = layout(resume);
    for (const run of allRuns(doc))
      expect(run.x + run.width).toBeLessThanOrEqual(PAGE_SIZES.a4.width - margin + 0.01);
    expect(squash(expectedReadingText(doc))).toContain(url);
    // The website still links on every line it spans.
    expect(doc.pages[0]?.links.every((link) => link.url === url)).toBe(true);
    expect(doc.pages[0]?.links.length).toBeGreaterThan(1);
  });

  it('never links a non-http website', () => {
    const resume: Resume = {
      profile: { ...emptyProfile(), website: 'javascript:alert(1)', email: 'not an email' },
      sections: [],
    };
    expect(layout(resume).pages[0]?.links).toEqual([]);
  });

  it('uses the page size preset and margins it is given', () => {
    const doc = layout(sampleResume(), {
      pageSize: 'letter',
      margins: { top: 72, right: 72, bottom: 72, left: 72 },
    });
    expect([doc.pageWidth, doc.pageHeight]).toEqual([612, 792]);
    expect(doc.pages[0]?.runs[0]?.x).toBe(72);
    for (const run of allRuns(doc)) expect(run.x + run.width).toBeLessThanOrEqual(612 - 72 + 0.01);
  });

  it('refuses margins that leave no room for text', () => {
    expect(() => layout(sampleResume(), { margins: { top: 10, right: 300, bottom: 10, left: 300 } })).toThrow(
      RangeError,
    );
    expect(() => layout(sampleResume(), { baseFontSize: Number.NaN })).toThrow(RangeError);
  });
});
