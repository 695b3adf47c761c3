import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { findDates } from '../../../src/core/import/date-ranges';
import { headingTarget } from '../../../src/core/import/heading-dictionary';
import { parseResumeLines, parseResumeText } from '../../../src/core/import/text-to-draft';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';

const folder = fileURLToPath(new URL('../../fixtures/resumes/', import.meta.url));
const textFixtures = readdirSync(folder).filter((f) => f.endsWith('.txt'));
const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Every string the draft holds, with where it is. */
function draftStrings(draft: ResumeDraft): { where: string; text: string }[] {
  const out = Object.entries(draft.profile).map(([key, text]) => ({ where: `profile.${key}`, text }));
  draft.sections.forEach((section, s) => {
    out.push({ where: `sections[${s}].title`, text: section.title });
    section.entries.forEach(({ bullets, ...fields }, e) => {
      for (const [key, text] of Object.entries(fields))
        out.push({ where: `sections[${s}].entries[${e}].${key}`, text });
      bullets.forEach((b, i) =>
        out.push({ where: `sections[${s}].entries[${e}].bullets[${i}]`, text: b.text }),
      );
    });
  });
  return out.filter((s) => s.text !== '');
}

describe('parseResumeText on the plain-text fixtures', () => {
  it.each(textFixtures)('invents nothing in %s: every string is text of the file', (file) => {
    const source = readFileSync(`${folder}${file}`, 'utf8');
    const { draft } = parseResumeText(source);
    const invented = draftStrings(draft).filter(({ text }) => !squash(source).includes(squash(text)));
    expect(invented).toEqual([]);
    expect(draft.sections.length).toBeGreaterThan(1);
  });

  it('reads the profile, sections in the file’s own words, entries with dates and bullets', () => {
    const { draft, unsure } = parseResumeText(readFileSync(`${folder}fahrer-de.txt`, 'utf8'));
    expect(draft.profile).toMatchObject({
      name: 'Thomas Becker',
      headline: 'Berufskraftfahrer',
      email: 'thomas.becker@example.de',
      phone: '0151 23456789',
      location: 'Hamburg',
    });
    expect(draft.sections.map((s) => [s.kind, s.title])).toEqual([
      ['experience', 'BERUFSERFAHRUNG'],
      ['education', 'AUSBILDUNG'],
      ['skills', 'KENNTNISSE'],
      ['languages', 'SPRACHEN'],
    ]);
    expect(draft.sections[0]?.entries[0]).toMatchObject({
      title: 'Berufskraftfahrer im Fernverkehr',
      organization: 'Nordspedition GmbH',
      location: 'Hamburg',
      startDate: '03/2017',
      endDate: 'heute',
    });
    expect(draft.sections[0]?.entries[0]?.bullets).toHaveLength(3);
    expect(draft.sections[3]?.entries.map((e) => [e.title, e.detail])).toEqual([
      ['Deutsch', 'Muttersprache'],
      ['Englisch', 'gut'],
    ]);
    expect(unsure).toEqual([]);
  });
});

describe('parseResumeText rules', () => {
  it('joins a bullet’s wrapped line, takes indented lines as bullets, and puts the school second', () => {
    const { draft } = parseResumeText(
      [
        'Ana Silva',
        'ana@example.com',
        '',
        'Experience',
        'Barista',
        'Café Lumière | Lisbon | 2019 - 2021',
        '    Opened the shop at six',
        '    Trained four new baristas and',
        '    wrote the recipe book',
        '',
        'Education',
        'University of Lisbon',
        'BA in History, 2015 - 2018',
      ].join('\n'),
    );
    const [experience, education] = draft.sections;
    expect(experience?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      'Opened the shop at six',
      'Trained four new baristas and wrote the recipe book',
    ]);
    expect(education?.entries[0]).toMatchObject({
      title: 'BA in History',
      organization: 'University of Lisbon',
      startDate: '2015',
      endDate: '2018',
    });
  });

  it('keeps what fits nowhere under Other, flags guesses, and says when a job has no dates', () => {
    const { draft, unsure } = parseResumeText(
      [
        'Sam Lee',
        'Forklift driver',
        'Night shifts only',
        '',
        'WORK',
        'Packer',
        '• Packed boxes',
        '',
        'VOLUNTEER STUFF',
        'Food bank',
      ].join('\n'),
    );
    expect(draft.sections.at(-1)).toMatchObject({
      kind: 'custom',
      title: 'Other',
      entries: [{ bullets: [{ text: 'Night shifts only' }] }],
    });
    expect(draft.sections.map((s) => s.title)).toContain('VOLUNTEER STUFF');
    expect(unsure.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        '"Night shifts only" did not fit the profile: kept under Other',
        'no dates found for "Packer"',
        '"VOLUNTEER STUFF" read as a heading from its capitals or size',
      ]),
    );
  });

  it('refuses an empty text with a message, and only ever fails with an invalid-input AppError', () => {
    expect(() => parseResumeText('  \n\t')).toThrow('The text is empty');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          parseResumeText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('invalid-input');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the heading dictionary and the date reader', () => {
  it.each([
    ['Work Experience', 'experience'],
    ['EXPÉRIENCE PROFESSIONNELLE', 'experience'],
    ['Berufserfahrung:', 'experience'],
    ['Experiencia laboral', 'experience'],
    ['Formación', 'education'],
    ['Sprachkenntnisse', 'languages'],
    ["Centres d'intérêt", 'interests'],
    ['Licenses & Certifications', 'certificates'],
  ])('reads "%s" as %s', (heading, target) => {
    expect(headingTarget(heading)).toBe(target);
  });

  it.each([
    ['Mar 2019 – Present', 'Mar 2019', 'Present'],
    ['sept. 2018 - actuel', 'sept. 2018', 'actuel'],
    ['03/2017 - heute', '03/2017', 'heute'],
    ['Acme | 2019-04 to 2021-06', '2019-04', '2021-06'],
    ['septiembre 2016 - actualidad', 'septiembre 2016', 'actualidad'],
    ['März 2019 bis heute', 'März 2019', 'heute'],
  ])('finds the range in "%s"', (line, start, end) => {
    expect(findDates(line)).toMatchObject({ startDate: start, endDate: end, range: true });
  });

  it('does not take a number in prose for a date range, and reads a long line in linear steps', () => {
    expect(findDates('Cut costs by 2019 euros')).toBeUndefined();
    expect(findDates('Raised 40% of 1500 - 3000 targets')).toBeUndefined();
    expect(findDates(`${'2019 '.repeat(20_000)}x`)).toBeUndefined();
  });

  it('reads a year glued to a colon as a standard’s edition, not the date of a one-date entry', () => {
    expect(findDates('Wiring Regulations (BS 7671:2018), City & Guilds, 2019', true)).toMatchObject({
      startDate: '2019',
    });
  });
});

describe('one-line entries written as a list', () => {
  it('makes each list item under Certifications an entry of its own, with its date', () => {
    const { draft, unsure } = parseResumeText(
      'Jo Bell\njo@example.com\n\nEXPERIENCE\nRoofer\nTopCo | 2019 – 2022\n• Slated roofs\n\n' +
        'CERTIFICATIONS\n• Working at Height, CITB, 2021\n• First Aid at Work, 2022\n',
    );
    const certificates = draft.sections.find((s) => s.kind === 'certificates');
    expect(certificates?.entries.map((e) => [e.title, e.startDate, e.bullets.length])).toEqual([
      ['Working at Height, CITB', '2021', 0],
      ['First Aid at Work', '2022', 0],
    ]);
    expect(unsure.map((n) => n.message).filter((m) => m.startsWith('bullets with no entry'))).toEqual([]);
  });
});

describe('entries laid out as the app exports them', () => {
  it('joins a wrapped line indented past the glyph, whatever its first letter, and keeps the next bullet', () => {
    const { draft } = parseResumeText(
      'Jo Bell\njo@example.com\n\nExperience\nRoofer\nTopCo | 2019 – 2022\n' +
        '  • Slated 40 roofs across the county with a crew of\n    Three apprentices\n' +
        '  • Cut waste by\n    20% with offcut reuse\n  • Trained the crew\n',
    );
    expect(draft.sections[0]?.entries[0]?.bullets.map((b) => b.text)).toEqual([
      'Slated 40 roofs across the county with a crew of Three apprentices',
      'Cut waste by 20% with offcut reuse',
      'Trained the crew',
    ]);
  });

  it('reads a bare link as the url, a sentence as the summary, courses and a skill group’s level', () => {
    const { draft } = parseResumeText(
      [
        'Jo Bell',
        'jo@example.com',
        '',
        'Projects',
        'tfdrift',
        '2020 – Present | https://example.com/tfdrift',
        'Open-source tool that reports infrastructure drift.',
        '',
        'Education',
        'MSc Computing',
        'University of Leeds | 2012 – 2014',
        'Courses: Networks, Operating Systems',
        '',
        'Skills',
        'Cloud (Advanced): AWS, S3',
      ].join('\n'),
    );
    const [projects, education, skills] = draft.sections;
    expect(projects?.entries[0]).toMatchObject({
      title: 'tfdrift',
      organization: '',
      url: 'https://example.com/tfdrift',
      summary: 'Open-source tool that reports infrastructure drift.',
    });
    expect(education?.entries[0]).toMatchObject({ location: '', courses: 'Networks\nOperating Systems' });
    expect(skills?.entries[0]).toMatchObject({
      title: 'Cloud',
      detail: 'Advanced',
      bullets: [{ text: 'AWS' }, { text: 'S3' }],
    });
  });

  it('starts the next entry at a bold title after plain detail lines, with no gap between them', () => {
    const line = (text: string, bold = false) => ({ text, indent: 0, bold });
    const { draft } = parseResumeLines([
      line('Jo Bell', true),
      line('jo@example.com'),
      line(''),
      line('Profiles', true),
      line('GitHub', true),
      line('jbell | https://github.com/jbell'),
      line('LinkedIn', true),
      line('jo-bell | https://www.linkedin.com/in/jo-bell'),
    ]);
    expect(draft.sections[0]?.entries.map((e) => [e.title, e.organization, e.url])).toEqual([
      ['GitHub', 'jbell', 'https://github.com/jbell'],
      ['LinkedIn', 'jo-bell', 'https://www.linkedin.com/in/jo-bell'],
    ]);
  });

  it('takes a bold line set like the known headings for a heading, even with a dated entry under it', () => {
    const line = (text: string, size = 10, bold = false) => ({ text, indent: 0, size, bold });
    const lines = (talks: number) => [
      line('Jo Bell', 20, true),
      line('jo@example.com'),
      line(''),
      line('Experience', 13, true),
      line('Roofer', 10, true),
      line('TopCo | 2019 – 2022'),
      line('• Slated roofs'),
      line(''),
      line('Talks Given', talks, true),
      line('Roofs that last', 10, true),
      line('BuildExpo | 2021 – 2022'),
    ];
    const asHeading = parseResumeLines(lines(13), { bodySize: 10 }).draft;
    expect(asHeading.sections.map((s) => [s.title, s.entries.map((e) => e.title)])).toEqual([
      ['Experience', ['Roofer']],
      ['Talks Given', ['Roofs that last']],
    ]);
    // At the body's size the same line is an entry's title: a bold company over its dates.
    const asEntry = parseResumeLines(lines(10), { bodySize: 10 }).draft;
    expect(asEntry.sections.map((s) => s.title)).toEqual(['Experience']);
  });

  it('splits list lines and courses on our own separator and on the ones other tools write', () => {
    const { draft } = parseResumeText(
      'Jo Bell\njo@example.com\n\nEducation\nMSc Computing\nUniversity of Leeds | 2012 – 2014\n' +
        'Courses: Networks; Compilers · Databases\n\nSkills\nTools: Git, Make | Bash\n',
    );
    expect(draft.sections[0]?.entries[0]?.courses).toBe('Networks\nCompilers\nDatabases');
    expect(draft.sections[1]?.entries[0]?.bullets.map((b) => b.text)).toEqual(['Git', 'Make', 'Bash']);
  });
});
