import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import { linkedInFileOf } from '../../../src/core/import/linkedin-csv';
import { linkedInToDraft } from '../../../src/core/import/linkedin-to-draft';

const PROFILE =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n' +
  'Sam,Okoro,,,1 Jan 1990,Site Manager,"Builds things, on time.",Construction,,"Leeds, UK",,"[PERSONAL:https://sam.example,COMPANY:https://firm.example]",\n';

const error = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    return e as AppError;
  }
  return undefined;
};

describe('linkedInToDraft', () => {
  it('reads the profile, the primary email, the first phone and the website from the export', () => {
    const { draft, unsure } = linkedInToDraft({
      'Profile.csv': PROFILE,
      'Email Addresses.csv':
        'Email Address,Confirmed,Primary,Updated On\nold@example.com,Yes,No,\nsam@example.com,Yes,Yes,\n',
      'PhoneNumbers.csv': 'Extension,Number,Type\n,+44 113 496 0000,Mobile\n',
    });
    expect(draft.profile).toEqual({
      name: 'Sam Okoro',
      headline: 'Site Manager',
      email: 'sam@example.com',
      phone: '+44 113 496 0000',
      location: 'Leeds, UK',
      website: 'https://sam.example',
      summary: 'Builds things, on time.',
    });
    // A birth date is not résumé content: left out, and the note says so.
    expect(JSON.stringify(draft)).not.toContain('1990');
    expect(unsure).toEqual(['Profile.csv: Birth Date left out: private details a résumé does not show']);
  });

  it('splits a quoted, multi-line description into summary and bullets, and keeps a current job open', () => {
    const { draft } = linkedInToDraft({
      'Positions.csv':
        'Company Name,Title,Description,Location,Started On,Finished On\n' +
        '"Acme, Ltd",Site Manager,"Ran the Leeds site.\n• Delivered 40 homes, on budget\n• Kept zero lost-time\n  injuries for 2 years",Leeds,Mar 2019,\n',
    });
    expect(draft.sections).toHaveLength(1);
    expect(draft.sections[0]).toMatchObject({ kind: 'experience', title: 'Experience' });
    expect(draft.sections[0]?.entries[0]).toMatchObject({
      title: 'Site Manager',
      organization: 'Acme, Ltd',
      location: 'Leeds',
      startDate: 'Mar 2019',
      endDate: '',
      summary: 'Ran the Leeds site.',
      bullets: [
        { text: 'Delivered 40 homes, on budget' },
        { text: 'Kept zero lost-time injuries for 2 years' },
      ],
    });
  });

  it('maps education, skills, certifications, languages and projects to their sections', () => {
    const { draft } = linkedInToDraft({
      'Education.csv':
        'School Name,Start Date,End Date,Notes,Degree Name,Activities\nLeeds College of Building,2010,2012,,HNC Construction,Rugby\n',
      'Skills.csv': 'Name\nScheduling\nHealth and Safety\n',
      'Certifications.csv':
        'Name,Url,Authority,Started On,Finished On,License Number\nSMSTS,https://cert.example,CITB,Jan 2020,,A-123\n',
      'Languages.csv': 'Name,Proficiency\nEnglish,Native or bilingual proficiency\n',
      'Projects.csv': 'Title,Description,Url,Started On,Finished On\nRiverside flats,96 flats,,2021,2022\n',
    });
    expect(draft.sections.map((s) => s.kind)).toEqual([
      'education',
      'projects',
      'certificates',
      'skills',
      'languages',
    ]);
    const entry = (kind: string) => draft.sections.find((s) => s.kind === kind)?.entries[0];
    expect(entry('education')).toMatchObject({
      title: 'HNC Construction',
      organization: 'Leeds College of Building',
      summary: 'Rugby',
    });
    expect(entry('skills')?.bullets.map((b) => b.text)).toEqual(['Scheduling', 'Health and Safety']);
    expect(entry('certificates')).toMatchObject({
      title: 'SMSTS',
      organization: 'CITB',
      url: 'https://cert.example',
      detail: 'A-123',
    });
    expect(entry('languages')).toMatchObject({ title: 'English', detail: 'Native or bilingual proficiency' });
    expect(entry('projects')).toMatchObject({ title: 'Riverside flats', summary: '96 flats' });
  });

  it('finds the header row below a "Notes:" preamble and matches column names without case', () => {
    const { draft } = linkedInToDraft({
      'Skills.csv': 'Notes:\n"Skills you added to your profile."\n\nNAME\nBricklaying\n',
    });
    expect(draft.sections[0]?.entries[0]?.bullets).toEqual([{ text: 'Bricklaying' }]);
  });

  it('refuses an archive with none of the export’s files, naming them, and one whose files are empty', () => {
    const none = error(() => linkedInToDraft({}));
    expect(none).toBeInstanceOf(AppError);
    expect(none?.message).toContain('not a LinkedIn data export');
    expect(none?.message).toContain('Positions.csv');
    const empty = error(() => linkedInToDraft({ 'Positions.csv': '' }));
    expect(empty?.details?.reason).toBe('empty-export');
  });

  it('knows the export’s files by name in any folder and case, and nothing else', () => {
    expect(linkedInFileOf('Basic_LinkedInDataExport_12-01-2026/positions.csv')).toBe('Positions.csv');
    expect(linkedInFileOf('Email Addresses.csv')).toBe('Email Addresses.csv');
    expect(linkedInFileOf('Connections.csv')).toBeUndefined();
    expect(linkedInFileOf('messages.csv')).toBeUndefined();
  });
});
