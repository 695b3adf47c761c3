import { describe, expect, it } from 'vitest';
import {
  describedEmployer,
  introducedEmployer,
  joinedEmployer,
  signedEmployer,
} from '../../../src/core/posting/employer-names';
import { splitLines } from '../../../src/core/posting/posting-lines';

const lines = (text: string) => splitLines(text);

describe('introducedEmployer', () => {
  it.each([
    ['Founded in 1998, Brightwater Care is a regional home-care provider.', 'Brightwater Care'],
    ['About us: Lakeside Smiles is a group of family dental practices.', 'Lakeside Smiles'],
    ['The Northfield Training Group (NTG) is a fast-growing team of coaches.', 'Northfield Training Group'],
    [
      'Pratt, Lowe & Finch, a Professional Law Corporation, has served Fresno since 1980.',
      'Pratt, Lowe & Finch',
    ],
    ['Who we are:At Elmwood Academy, students learn to think for themselves.', 'Elmwood Academy'],
    ['The Company is a leading provider of freight services.', ''],
    ['At Least two years of experience is required.', ''],
    ['Python is a must for this role.', ''],
  ])('%s -> "%s"', (text, company) => {
    expect(introducedEmployer(lines(text))).toBe(company);
  });
});

describe('joinedEmployer', () => {
  it('reads the employer a call to join names, and none from "join our team"', () => {
    expect(joinedEmployer(lines('Rejoignez le groupe Proxima, acteur de l’emploi !'))).toBe('Groupe Proxima');
    expect(joinedEmployer(lines('Join Meadow Vets as a Veterinary Nurse.'))).toBe('Meadow Vets');
    expect(joinedEmployer(lines('Join our team and grow with us.'))).toBe('');
    expect(joinedEmployer(lines('Join the busiest gym in town.'))).toBe('');
  });
});

describe('describedEmployer', () => {
  it.each([
    [
      'About Us\nTree of Life Counseling Center has been helping families since 1995.',
      'Tree of Life Counseling Center',
    ],
    [
      'Company Description\nHarbour Health & Rehab, a not-for-profit provider, runs six clinics.',
      'Harbour Health & Rehab',
    ],
    ['About Somnea Health: Somnea Health is a sleep clinic in Austin.', 'Somnea Health'],
    ['About us: we are a friendly team.', ''],
    ['Responsibilities\nPatient Care is the heart of this role.', ''],
  ])('%s -> "%s"', (text, company) => {
    expect(describedEmployer(lines(text))).toBe(company);
  });
});

describe('signedEmployer', () => {
  it('reads the employer a thank-you line names, cut at its sentence', () => {
    expect(
      signedEmployer(
        lines('Thank you for your application with Harbourstay. We reply to shortlisted people.'),
      ),
    ).toBe('Harbourstay');
  });

  it('reads a legal name alone on its line, and not a sentence that mentions one', () => {
    expect(signedEmployer(lines('Apply by e-mail.\nStaffbridge Pte Ltd\nEA Licence 00X0000'))).toBe(
      'Staffbridge Pte Ltd',
    );
    expect(signedEmployer(lines('We work with Staffbridge Pte Ltd on payroll.'))).toBe('');
  });

  it('reads the addressee of the postal address applications go to, never the person or the street', () => {
    const byPost =
      'Postuler\nou par courrier postal à l’adresse :\nMission Emploi 35 Rennes\nMme Anne DUVAL\n3 rue des Lices\n35000 Rennes';
    expect(signedEmployer(lines(byPost))).toBe('Mission Emploi 35 Rennes');
    const noAddress = 'Envoyez votre CV par courrier :\nMme Anne DUVAL\n3 rue des Lices\n35000 Rennes';
    expect(signedEmployer(lines(noAddress))).toBe('');
  });
});
