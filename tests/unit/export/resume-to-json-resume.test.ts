import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resumeToJsonResume } from '../../../src/core/export/resume-to-json-resume';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { draftToResume } from '../../../src/core/resume/draft-to-resume';
import type { Resume } from '../../../src/core/resume/resume';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';
import { entry, sampleResume, section } from '../../fixtures/resume-sample';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

/** The résumé without ids and variants: what a JSON Resume file can hold. */
const asDraft = (resume: Resume): ResumeDraft => ({
  profile: resume.profile,
  sections: resume.sections.map(({ id: _s, entries, ...s }) => ({
    ...s,
    entries: entries.map(({ id: _e, bullets, ...e }) => ({
      ...e,
      bullets: bullets.map((b) => ({ text: b.text })),
    })),
  })),
});

const roundTrip = (resume: Resume): ResumeDraft =>
  parseJsonResume(JSON.stringify(resumeToJsonResume(resume)));

describe('resumeToJsonResume', () => {
  it.each([
    ['the JSON Resume sample', '../../fixtures/resumes/json-resume-sample.json'],
    ['the demo', '../../../resources/demo/demo-resume.json'],
  ])('exports %s so that it imports back to the same résumé', (_name, path) => {
    const imported = parseJsonResume(fixture(path));
    expect(roundTrip(draftToResume(imported))).toEqual(imported);
  });

  it('writes JSON Resume v1.0.0 names, ISO dates and no empty fields', () => {
    const doc = resumeToJsonResume(
      draftToResume(parseJsonResume(fixture('../../fixtures/resumes/json-resume-sample.json'))),
    );
    expect(doc).toMatchObject({
      basics: {
        name: 'Richard Hendriks',
        location: { city: 'San Francisco', region: 'California', countryCode: 'US' },
        profiles: [
          { network: 'Twitter', username: 'neutralthoughts' },
          {
            network: 'SoundCloud',
            username: 'dandymusicnl',
            url: 'https://soundcloud.example.com/dandymusicnl',
          },
        ],
      },
      work: [{ name: 'Pied Piper', position: 'CEO/President', startDate: '2013-12', endDate: '2014-12' }],
      education: [
        {
          institution: 'University of Oklahoma',
          studyType: 'Bachelor',
          area: 'Information Technology',
          score: '4.0',
          courses: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
        },
      ],
      awards: [{ title: 'Digital Compression Pioneer Award', date: '2014-11', awarder: 'Techcrunch' }],
      languages: [{ language: 'English', fluency: 'Native speaker' }],
    });
    expect(JSON.stringify(doc)).not.toContain('""');
  });

  it('round-trips a Unicode résumé with a current job, free-text dates and custom sections', () => {
    const resume = sampleResume();
    resume.sections.push(
      section('custom', 'Ehrenamt & Sonstiges', [
        entry(
          { title: 'Тренер', organization: 'Club Ñandú', startDate: 'Sommer 2019', summary: 'Équipe 🏀' },
          ['Coached 12 kids'],
        ),
      ]),
      section('languages', 'Sprachen', [entry({ title: 'Deutsch', detail: 'C2' }, [])]),
    );
    const back = roundTrip(resume);
    const expected = asDraft(resume);
    // The import names sections by kind and orders them as JSON Resume does: compare per section.
    expect(back.profile).toEqual(expected.profile);
    for (const s of expected.sections) {
      const found = back.sections.find(
        (b) => b.kind === s.kind && (s.kind !== 'custom' || b.title === s.title),
      );
      expect(found?.entries, `${s.kind} ${s.title}`).toEqual(s.entries);
    }
  });
});
