import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatResumeDate } from '../../../src/core/import/json-resume-dates';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';

const sampleText = readFileSync(
  fileURLToPath(new URL('../../fixtures/resumes/json-resume-sample.json', import.meta.url)),
  'utf8',
);

/** Every string, number and boolean in a JSON value with its path; `$schema` and `meta` describe the file. */
function leaves(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ path, text: value.trim() }];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ path, text: String(value) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => path !== '' || (key !== '$schema' && key !== 'meta'))
      .flatMap(([key, item]) => leaves(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** All the text the draft holds, in one string to search. */
function draftTexts(draft: ResumeDraft): string {
  const texts: string[] = [...Object.values(draft.profile)];
  for (const section of draft.sections) {
    texts.push(section.title);
    for (const { bullets, ...fields } of section.entries) {
      texts.push(...Object.values(fields), ...bullets.map((b) => b.text));
    }
  }
  return texts.join('\n');
}

describe('JSON Resume import of the JSON Resume project sample', () => {
  const draft = parseJsonResume(sampleText);

  it('loses nothing: every piece of text in the file is somewhere in the résumé (dates as shown)', () => {
    const all = draftTexts(draft);
    const found = leaves(JSON.parse(sampleText)).filter(({ path, text }) => {
      const shown = /date$/i.test(path) ? formatResumeDate(text) : text;
      return !all.includes(shown);
    });
    expect(found).toEqual([]);
  });

  it('gives every v1.0.0 section its own home, and keeps what has none under Other', () => {
    expect(draft.sections.map((s) => [s.kind, s.title])).toEqual([
      ['experience', 'Experience'],
      ['volunteer', 'Volunteering'],
      ['education', 'Education'],
      ['projects', 'Projects'],
      ['awards', 'Awards'],
      ['publications', 'Publications'],
      ['skills', 'Skills'],
      ['languages', 'Languages'],
      ['interests', 'Interests'],
      ['references', 'References'],
      ['custom', 'Profiles'],
      ['custom', 'Other'],
    ]);
    const byKind = (kind: string) => draft.sections.find((s) => s.kind === kind)?.entries[0];
    expect(byKind('experience')).toMatchObject({
      summary: expect.stringContaining('multi-platform technology') as unknown as string,
      url: 'http://piedpiper.example.com',
    });
    expect(byKind('education')).toMatchObject({
      detail: '4.0',
      courses: 'DB1101 - Basic SQL\nCS2011 - Java Introduction',
      bullets: [],
    });
    expect(byKind('awards')).toMatchObject({
      title: 'Digital Compression Pioneer Award',
      organization: 'Techcrunch',
      startDate: 'Nov 2014',
      endDate: '',
      summary: 'There is no spoon.',
    });
    expect(byKind('languages')).toMatchObject({ title: 'English', detail: 'Native speaker' });
    expect(byKind('references')).toMatchObject({ title: 'Erlich Bachman' });
    expect(draft.sections.at(-1)?.entries.flatMap((e) => e.bullets.map((b) => b.text))).toEqual([
      'Address: 2712 Broadway St',
      'Postal code: CA 94115',
      'Description: Awesome compression company',
      'Keywords: GoogleMaps, Chrome Extension, Javascript',
      'Roles: Team lead, Designer',
      'Type: application',
    ]);
  });

  it('keeps keys the schema does not name, at any level, as text under Other', () => {
    const doc = {
      basics: { name: 'A', pronouns: 'she/her' },
      work: [{ name: 'Acme', position: 'Dev', team: { name: 'Core', size: 5 } }],
      hobbies: ['chess', 'climbing'],
    };
    const other = parseJsonResume(JSON.stringify(doc)).sections.find((s) => s.title === 'Other');
    expect(other?.entries.map((e) => [e.title, e.organization, e.bullets.map((b) => b.text)])).toEqual([
      ['Basics', '', ['Pronouns: she/her']],
      ['Acme', 'Work', ['Team › Name: Core', 'Team › Size: 5']],
      ['Hobbies', '', ['Hobbies: chess, climbing']],
    ]);
  });
});
