import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { appMatcher } from '../keywords/app-dictionary';

const asked = (text: string): string[] => {
  const analysis = analyzePosting(text, appMatcher);
  return [...analysis.required, ...analysis.preferred].map((hit) => hit.skill);
};

describe('what a posting asks for, and what it only names', () => {
  it('reads a one-line "Essential: ..." list above any heading', () => {
    const text = [
      'Data Analyst (Contract)',
      'Halden Retail Group — Leeds',
      '',
      'Essential: advanced SQL, Power BI (DAX), MS Excel incl. pivot tables and VLOOKUP for our trading team.',
    ].join('\n');
    expect(asked(text)).toEqual(
      expect.arrayContaining(['SQL', 'Power BI', 'DAX', 'Microsoft Excel', 'VLOOKUP']),
    );
  });

  it('reads the skills under a "Role Description" heading, which is the job, not the company', () => {
    const text = [
      'Company Description',
      'Harbour Freight Ltd moves parcels across the north-east.',
      'Role Description',
      'You will load vans, keep delivery records in Microsoft Excel and use a forklift safely.',
    ].join('\n');
    expect(asked(text)).toEqual(expect.arrayContaining(['Microsoft Excel']));
  });

  it('reads a paragraph that names the role, but not one that tells the company story', () => {
    const text = [
      'Registered Nurse – Medical ICU',
      'The Registered Nurse provides direct patient care to critically ill adults using the nursing process.',
      'Northfield Health has served the valley for ninety years and runs Epic across its four hospitals.',
    ].join('\n');
    const skills = asked(text);
    expect(skills).toEqual(expect.arrayContaining(['Patient Care', 'Nursing Process']));
    expect(skills).not.toContain('Epic');
  });

  it('reads a paragraph above the headings that asks for experience in French, German or Spanish', () => {
    const french = [
      'Ingénieur de production',
      'Issu d’une formation d’ingénieur, vous avez une expérience de 3 à 4 ans en gestion de projet.',
    ].join('\n');
    expect(asked(french)).toContain('Project Management');
    const german = [
      'Lagerist (m/w/d)',
      'Sie bringen mehrere Jahre Berufserfahrung in der Kommissionierung mit und arbeiten gern im Team.',
    ].join('\n');
    expect(asked(german)).toContain('Order Picking');
    const story = [
      'Ingénieur de production',
      'Fondée en 1950, notre société fabrique des pièces en plastique et utilise SAP dans ses trois usines.',
    ].join('\n');
    expect(asked(story)).not.toContain('SAP');
  });

  it('does not take the field of a degree for a skill, nor the fields listed after it', () => {
    const text = [
      'Requirements:',
      "- Bachelor's degree in Supply Chain Management, Civil Engineering or a related field",
      '- 3+ years of supply chain management with SAP',
    ].join('\n');
    const skills = asked(text);
    expect(skills).not.toContain('Civil Engineering');
    expect(skills).toEqual(expect.arrayContaining(['Supply Chain Management', 'SAP']));
    expect(
      asked('Ihr Profil:\n• Studium der Elektrotechnik oder Mechatronik\n• Kenntnisse in SPS-Programmierung'),
    ).toEqual(['PLC Programming']);
  });

  it('reads a list of degree fields that starts with one that is no skill', () => {
    const text = [
      'Requirements:',
      "• Bachelor's in Mechanical, Manufacturing or Industrial Engineering",
      '• 3+ years of quality engineering with SPC and FMEA',
    ].join('\n');
    const skills = asked(text);
    expect(skills).not.toContain('Manufacturing Engineering');
    expect(skills).not.toContain('Industrial Engineering');
    expect(skills).toEqual(
      expect.arrayContaining(['Quality Engineering', 'Statistical Process Control', 'FMEA']),
    );
  });
});

describe('words that look like skills and are not', () => {
  const skills = (text: string) => appMatcher.find(text).map((match) => match.skill);

  it('skips the words of an e-mail address', () => {
    expect(skills('Envoyez CV et portfolio à recrutement@verane.example')).toEqual([]);
  });

  it('reads an ambiguous abbreviation in parentheses after a name as that name', () => {
    expect(skills('SAFe Program Consultant (SPC) or PMI-ACP')).not.toContain('Statistical Process Control');
    expect(skills('SPC, FMEA and control plans')).toContain('Statistical Process Control');
  });

  it('finds the longer product, not the shorter one inside it', () => {
    expect(skills('Looker Studio, Cloud SQL, Kotlin Multiplatform and AutoCAD Electrical')).toEqual([
      'Looker Studio',
      'Cloud SQL',
      'Kotlin Multiplatform',
      'AutoCAD Electrical',
    ]);
  });

  it('finds common skills written in French, German and Spanish under their English names', () => {
    expect(skills('gestion de projet; Projektmanagement; Führerschein Klasse B; permis de conduire')).toEqual(
      ['Project Management', 'Project Management', "Driver's License", "Driver's License"],
    );
  });

  it('does not read "bi-weekly" as BI or an EMR in a nursing posting as Amazon EMR', () => {
    expect(skills('bi-weekly pay')).toEqual([]);
    expect(skills('Epic EMR experience required')).not.toContain('Amazon EMR');
  });

  it("skips the employer's description of itself between its name and the verb that announces the job", () => {
    const text =
      'Talentia Staffing, spécialiste du recrutement et de la comptabilité, vous propose un emploi de magasinier (H/F).\n' +
      'Missions :\n- Préparation des commandes';
    const analysis = analyzePosting(text, appMatcher);
    expect(analysis.company).toBe('Talentia Staffing');
    expect(analysis.required.map((hit) => hit.skill)).not.toContain('Recruiting');
  });
});
