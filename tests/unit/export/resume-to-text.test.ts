import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resumeToText } from '../../../src/core/export/resume-to-text';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import { allBullets } from '../../../src/core/resume/resume';
import { sampleResume } from '../../fixtures/resume-sample';

const sample = draftToResume(
  parseJsonResume(
    readFileSync(
      fileURLToPath(new URL('../../fixtures/resumes/json-resume-sample.json', import.meta.url)),
      'utf8',
    ),
  ),
);

describe('resumeToText', () => {
  const text = resumeToText(sample);

  it('starts with the name and contact line, and gives each section a heading in capitals', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Richard Hendriks',
      'Programmer',
      'richard.hendriks@mail.com | (912) 555-4321 | San Francisco, California, US | http://richardhendricks.example.com',
      '',
    ]);
    for (const heading of [
      'SUMMARY',
      'EXPERIENCE',
      'EDUCATION',
      'AWARDS',
      'LANGUAGES',
      'REFERENCES',
      'OTHER',
    ]) {
      expect(text).toMatch(new RegExp(`\\n\\n${heading}\\n`));
    }
  });

  it('writes each entry as title, fields, summary, courses and "- " bullets', () => {
    expect(text).toContain(
      [
        'CEO/President',
        'Pied Piper | Palo Alto, CA | Dec 2013 - Dec 2014 | http://piedpiper.example.com',
        expect.any(String),
      ][0] as string,
    );
    expect(text).toContain(
      'EDUCATION\nBachelor in Information Technology\nUniversity of Oklahoma | Jun 2011 - Jan 2014 | 4.0 | https://www.ou.edu/\nCourses: DB1101 - Basic SQL, CS2011 - Java Introduction\n',
    );
    expect(text).toContain('\n- Successfully won Techcrunch Disrupt\n');
    expect(text).toContain(
      'SKILLS\nWeb Development (Master): HTML, CSS, Javascript\nCompression (Master): Mpeg, MP4, GIF\n',
    );
  });

  it('holds every bullet, has no trailing spaces and ends with one newline', () => {
    const unicode = resumeToText(sampleResume());
    for (const { bullet } of allBullets(sampleResume())) {
      expect(unicode).toContain(bullet.text.replace(/\s+/g, ' ').trim());
    }
    expect(text).not.toMatch(/ \n/);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });
});
