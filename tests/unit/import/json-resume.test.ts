import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { emptyEntryFields } from '../../../src/core/resume/entry';
import { ResumeDraftSchema, type ResumeDraft } from '../../../src/core/resume/resume-draft';

const demoText = readFileSync(
  fileURLToPath(new URL('../../../resources/demo/demo-resume.json', import.meta.url)),
  'utf8',
);

/** Runs the parser and returns the AppError it must throw. */
function failure(text: string): AppError {
  try {
    parseJsonResume(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected parseJsonResume to throw');
}

const allBulletTexts = (draft: ResumeDraft): string[] =>
  draft.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));

describe('parseJsonResume on the demo file', () => {
  const draft = parseJsonResume(demoText);

  it('keeps the profile, accents included', () => {
    expect(draft.profile).toEqual({
      name: 'Amélie Laurent',
      headline: 'Senior DevOps / Cloud Infrastructure Engineer',
      email: 'amelie.laurent@example.com',
      phone: '+33 6 12 34 56 78',
      location: 'Lyon, Auvergne-Rhône-Alpes, FR',
      website: 'https://amelie-laurent.example.com',
      summary: expect.stringContaining('Terraform') as unknown as string,
    });
  });

  it('maps every part to its section, in JSON Resume order', () => {
    expect(draft.sections.map((s) => [s.kind, s.title, s.entries.length])).toEqual([
      ['experience', 'Experience', 4],
      ['volunteer', 'Volunteering', 1],
      ['education', 'Education', 1],
      ['projects', 'Projects', 1],
      ['skills', 'Skills', 8],
      ['languages', 'Languages', 2],
      ['custom', 'Profiles', 2],
    ]);
    const [current] = draft.sections[0]?.entries ?? [];
    expect(current).toMatchObject({
      title: 'Senior DevOps Engineer',
      organization: 'Parcelia',
      location: 'Lyon, France (hybrid)',
      startDate: 'Mar 2021',
      endDate: 'Present',
    });
    expect(draft.sections[2]?.entries[0]).toMatchObject({
      title: 'Master in Computer Science',
      organization: 'Université Grenoble Alpes',
      startDate: 'Sep 2012',
      endDate: 'Jun 2014',
      courses: 'Distributed Systems\nNetworks and Security\nOperating Systems',
      bullets: [],
    });
    expect(draft.sections[4]?.entries[0]?.title).toBe('Cloud');
    expect(draft.sections[4]?.entries[0]?.bullets.slice(0, 2)).toEqual([{ text: 'AWS' }, { text: 'ECS' }]);
  });

  it('has what the demo needs: enough highlights, HAProxy and Terraform bullets, no Cassandra', () => {
    const experienceBullets = draft.sections
      .filter((s) => s.kind !== 'skills' && s.kind !== 'education')
      .flatMap((s) => s.entries.flatMap((e) => e.bullets));
    expect(experienceBullets.length).toBeGreaterThanOrEqual(22);
    const texts = allBulletTexts(draft);
    expect(texts.some((t) => t.includes('HAProxy'))).toBe(true);
    expect(texts.some((t) => t.includes('Terraform'))).toBe(true);
    expect(demoText.toLowerCase()).not.toContain('cassandra');
    expect(ResumeDraftSchema.safeParse(draft).success).toBe(true);
  });
});

describe('parseJsonResume conversion rules', () => {
  const parse = (doc: unknown) => parseJsonResume(JSON.stringify(doc));

  it('trims text, drops blanks and empty sections, and reads null as absent', () => {
    const draft = parse({
      basics: { name: '  Zoë  ', label: null, location: { city: ' Montréal ', countryCode: 'CA' } },
      work: [{ name: 'Acme', position: ' Engineer ', highlights: ['  Did X  ', '   ', ''] }, {}],
      education: [],
      skills: null,
    });
    expect(draft.profile.name).toBe('Zoë');
    expect(draft.profile.location).toBe('Montréal, CA');
    expect(draft.sections).toHaveLength(1);
    expect(draft.sections[0]?.entries).toEqual([
      { ...emptyEntryFields(), title: 'Engineer', organization: 'Acme', bullets: [{ text: 'Did X' }] },
    ]);
  });

  it('keeps the summary or description as the entry summary, beside its highlights', () => {
    const draft = parse({
      work: [
        { name: 'A', summary: 'Ran the platform.' },
        { name: 'B', summary: 'Overview.', highlights: ['Shipped Y'] },
      ],
      projects: [{ name: 'tool', description: 'A CLI.' }],
    });
    expect(draft.sections[0]?.entries.map((e) => [e.summary, e.bullets])).toEqual([
      ['Ran the platform.', []],
      ['Overview.', [{ text: 'Shipped Y' }]],
    ]);
    expect(draft.sections[1]?.entries[0]).toMatchObject({ summary: 'A CLI.', bullets: [] });
  });

  it('builds the education title from whichever of studyType and area is present', () => {
    const titles = parse({
      education: [
        { institution: 'U1', studyType: 'Bachelor', area: 'Physics' },
        { institution: 'U2', studyType: 'BSc' },
        { institution: 'U3', area: 'History' },
      ],
    }).sections[0]?.entries.map((e) => e.title);
    expect(titles).toEqual(['Bachelor in Physics', 'BSc', 'History']);
  });

  it('takes the website from the first profile when url is missing, and reads v0.x field names', () => {
    const draft = parse({
      basics: { name: 'X', profiles: [{ network: 'GitHub' }, { url: ' https://github.com/x ' }] },
      work: [{ company: 'Old Schema Inc', position: 'Dev', startDate: '2015', endDate: '2016-13' }],
    });
    expect(draft.profile.website).toBe('https://github.com/x');
    expect(draft.sections.find((s) => s.title === 'Profiles')?.entries).toMatchObject([
      { title: 'GitHub', url: '' },
      { title: '', url: 'https://github.com/x' },
    ]);
    expect(draft.sections[0]?.entries[0]).toMatchObject({
      organization: 'Old Schema Inc',
      startDate: '2015',
      endDate: '2016-13',
    });
  });

  it('keeps fields it has no home for as text under Other, whatever their type, and skips file metadata', () => {
    const draft = parse({
      $schema: 'x',
      meta: { version: 1 },
      basics: { name: 'X', pronouns: 42 },
      work: [{ name: 'A', description: false, highlights: ['h'] }],
    });
    expect(draft.profile.name).toBe('X');
    expect(draft.sections[0]?.entries[0]?.bullets).toEqual([{ text: 'h' }]);
    expect(draft.sections[1]?.entries.map((e) => e.bullets[0]?.text)).toEqual([
      'Pronouns: 42',
      'Description: false',
    ]);
  });

  it('refuses a wrong type in a section it reads, naming it, rather than dropping the text', () => {
    expect(failure(JSON.stringify({ basics: { name: 'X' }, awards: 'not a list' })).message).toContain(
      'awards: expected a list, found a string',
    );
  });
});

describe('parseJsonResume errors', () => {
  it('names the JSON path of a bad field', () => {
    const doc = JSON.parse(demoText) as { work: { highlights: unknown[] }[] };
    const third = doc.work[2];
    if (third === undefined) throw new Error('demo has fewer than 3 jobs');
    third.highlights[0] = 42;
    const error = failure(JSON.stringify(doc));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('work[2].highlights[0]: expected a string, found a number');
    expect(error.details?.path).toBe('work[2].highlights[0]');
  });

  it('counts further problems and lists them in details', () => {
    const error = failure(JSON.stringify({ basics: { name: 1 }, skills: [{ keywords: 'AWS' }] }));
    expect(error.message).toContain('basics.name: expected a string, found a number (and 1 more problem)');
    expect(error.details?.problems).toEqual([
      { path: 'basics.name', message: 'expected a string, found a number' },
      { path: 'skills[0].keywords', message: 'expected a list, found a string' },
    ]);
  });

  it('says the top level must be an object', () => {
    expect(failure('[]').message).toContain('(top level): expected an object, found a list');
    expect(failure('"résumé"').message).toContain('(top level): expected an object, found a string');
  });

  it('gives a clear message for text that is not JSON, and for an empty file', () => {
    const notJson = failure('name: Amélie\nwork: []');
    expect(notJson.code).toBe('invalid-input');
    expect(notJson.message).toMatch(/^This is not valid JSON, so it cannot be a JSON Resume file \(.+\)\.$/);
    expect(failure('{"basics": {"name": "A"}').message).toContain('not valid JSON');
    expect(failure('  \n ').message).toBe('The file is empty: expected a JSON Resume document.');
  });

  it('refuses a JSON file with nothing a résumé holds rather than importing an empty résumé', () => {
    const error = failure(JSON.stringify({ name: 'resume-tailor', version: '0.1.0', dependencies: {} }));
    expect(error.message).toContain('nothing was imported');
  });

  it('refuses overlong text by its path', () => {
    const error = failure(JSON.stringify({ basics: { name: 'x'.repeat(501) } }));
    expect(error.message).toContain('basics.name: is longer than 500 characters');
  });

  it('accepts a byte-order mark', () => {
    expect(parseJsonResume(`\uFEFF${JSON.stringify({ basics: { name: 'B' } })}`).profile.name).toBe('B');
  });

  it('treats __proto__ and constructor keys as plain, ignored data', () => {
    const text =
      '{"__proto__": {"polluted": "yes", "basics": {"name": "Evil"}}, "constructor": {"prototype": {"polluted": "yes"}},' +
      ' "basics": {"__proto__": {"name": "Evil"}, "email": "a@b.c"}, "work": [{"__proto__": {"position": "Evil"}, "name": "Ok"}]}';
    const draft = parseJsonResume(text);
    expect(draft.profile.name).toBe('');
    expect(draft.profile.email).toBe('a@b.c');
    expect(draft.sections[0]?.entries[0]).toMatchObject({ title: '', organization: 'Ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(draft)).toBe(Object.prototype);
  });

  it('only ever fails with an invalid-input AppError, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ work: [v] })),
        ),
        (text) => {
          try {
            const draft = parseJsonResume(text);
            expect(ResumeDraftSchema.safeParse(draft).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).code).toBe('invalid-input');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
