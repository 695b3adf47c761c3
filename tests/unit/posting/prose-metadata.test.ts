import { describe, expect, it } from 'vitest';
import { proseMetadata, prosePlace } from '../../../src/core/posting/prose-metadata';

describe('proseMetadata', () => {
  it.each([
    ['Harbour Dental is seeking a Dental Nurse to join our friendly team.', 'Dental Nurse', 'Harbour Dental'],
    [
      'At Greenfield Farms, we are looking for an experienced Farm Manager.',
      'Farm Manager',
      'Greenfield Farms',
    ],
    ['We are hiring a Night Care Assistant (m/w/d) for our home.', 'Night Care Assistant', ''],
    ['Our client is seeking to appoint a Site Supervisor to lead the build.', 'Site Supervisor', ''],
    ['Weston Vets is hiring a Veterinary Nurse.', 'Veterinary Nurse', 'Weston Vets'],
    ['The Old Mill are looking to recruit a Sous Chef for the summer.', 'Sous Chef', 'The Old Mill'],
    [
      'Marsh & Kent are pleased to work with this practice, we are seeking a Practice Manager to start soon.',
      'Practice Manager',
      '',
    ],
    [
      'We are a busy firm and currently interviewing for a Conveyancing Assistant to join us.',
      'Conveyancing Assistant',
      '',
    ],
    [
      'This is a full-time on-site role for a Warehouse Supervisor at Dunmore Foods.',
      'Warehouse Supervisor',
      'Dunmore Foods',
    ],
    [
      "Nous sommes à la recherche d'un préparateur de commandes (H/F) pour notre client.",
      'Préparateur de commandes',
      '',
    ],
    ['Notre agence recherche pour une mission longue un/une magasinier cariste.', 'Magasinier cariste', ''],
    [
      'The home meets residents’ needs in comfort and dignity. It is looking for a Senior Carer to lead shifts.',
      'Senior Carer',
      '',
    ],
    ['Nous recherchons un(e) Assistant(e) RH pour notre siège.', 'Assistant(e) RH', ''],
    [
      "Le Groupe Martin recherche pour l'un de ses clients, un industriel de la région, un Soudeur H/F.",
      'Soudeur',
      'Le Groupe Martin',
    ],
    [
      'Die Klinik Nord sucht ab sofort eine Pflegefachkraft (m/w/d) in Vollzeit.',
      'Pflegefachkraft',
      'Die Klinik Nord',
    ],
    ['Buscamos un Técnico de Laboratorio con experiencia.', 'Técnico de Laboratorio', ''],
    [
      'Notre agence Interim Plus de Lyon recrute des nouveaux talents : Préparateur de commandes (H/F)',
      'Préparateur de commandes',
      'Interim Plus',
      'Lyon',
    ],
  ])('%s', (text, title, company, place = '') => {
    expect(proseMetadata(text)).toEqual({ title, company, place });
  });

  it.each([
    [
      "Nous sommes à la recherche d'un cuisinier en collectivité (H/F) pour notre client.",
      'Cuisinier en collectivité',
      '',
      '',
    ],
    [
      'Notre agence Proxima de Vierzon recrute un Cariste F/H pour son client.',
      'Cariste',
      'Proxima',
      'Vierzon',
    ],
    ['Votre agence Proxima Auxerre recherche un soudeur (H/F).', 'Soudeur', 'Proxima', 'Auxerre'],
    [
      'Stellar Staffing, spécialiste du recrutement, vous propose un emploi d’opérateur de maintenance (H/F).',
      'Opérateur de maintenance',
      'Stellar Staffing',
      '',
    ],
    [
      'Our client, a small family firm in Ipswich who value loyalty and long service, are looking to recruit on a permanent basis an experienced Payroll Administrator.',
      'Payroll Administrator',
      '',
      '',
    ],
    ['Our two clinics are looking for FULL TIME and PART TIME Dental Nurses.', 'Dental Nurses', '', ''],
    [
      "Nous sommes à la recherche, pour l'un de nos clients, spécialisé dans la menuiserie, un chef d'atelier.",
      "Chef d'atelier",
      '',
      '',
    ],
    [
      'Recruitment Desk\nThis is a full-time role for a Site Manager at Fenwick Homes.',
      'Site Manager',
      'Fenwick Homes',
      '',
    ],
    [
      'Night Porter The Hotel Our client, a hotel group, is looking to hire a Night Porter.',
      'Night Porter',
      '',
      '',
    ],
    ['An exciting opportunity has arisen for a Staff Nurse to join a busy ward.', 'Staff Nurse', '', ''],
    ['My client, a leading logistics firm, is looking for a Transport Planner.', 'Transport Planner', '', ''],
    [
      'Hollis Care are currently recruiting for an experienced Care Coordinator in Derby.',
      'Care Coordinator',
      'Hollis Care',
      '',
    ],
    // The sentence names the employer, not a job.
    ['Acme is hiring for several roles.', '', 'Acme', ''],
    // Praise is no title: the next announcing sentence names the job.
    [
      'We are looking for a hard-working, smart, fun loving person who embraces growth! Our company is growing and we are looking for an additional full-time Accounting Specialist to help us.',
      'Accounting Specialist',
      '',
      '',
    ],
    [
      'DICK’S Sporting Goods is seeking a passionate, people-first store leader to oversee store operations.',
      '',
      'DICK’S Sporting Goods',
      '',
    ],
    [
      'Somnea Health is actively seeking a Care Coordinator to enhance our team.',
      'Care Coordinator',
      'Somnea Health',
      '',
    ],
  ])('reads title, company and agency town from: %s', (text, title, company, place) => {
    expect(proseMetadata(text)).toEqual({ title, company, place });
  });

  it('reads nothing from a text that announces no job', () => {
    expect(proseMetadata('Our hospital has 300 beds and a busy emergency department.')).toEqual({
      title: '',
      company: '',
      place: '',
    });
  });

  it('refuses a run-on sentence as a title', () => {
    expect(
      proseMetadata(
        'We are looking for someone who likes people and is happy to work weekends and nights and holidays',
      ).title,
    ).toBe('');
  });
});

describe('prosePlace', () => {
  it('reads the place a sentence names', () => {
    expect(prosePlace('Poste situé à Montigny-le-Bretonneux, en intérim.')).toBe('Montigny-le-Bretonneux');
    expect(prosePlace('The role is based in Leeds city centre.')).toBe('Leeds');
    expect(prosePlace('Our teams are spread across the country.')).toBe('');
  });

  it.each([
    ['A family run business in Kettering who pride themselves on service.', 'Kettering'],
    ['Le poste est basé dans la région de Vannes.', 'Vannes'],
    ['Un restaurant situé près de Nogent le Rotrou.', 'Nogent le Rotrou'],
    ['Based in Warrington, we are looking for a planner.', 'Warrington'],
    ['Our offices are based in Orange, CA and Reno, NV.', 'Orange, CA'],
    ['Work in the busiest gym in the area of Hexham.', 'Hexham'],
    ['Experience in Python and in SQL.', ''],
  ])('reads the place of a workplace or a based-in phrase: %s', (text, place) => {
    expect(prosePlace(text)).toBe(place);
  });
});
