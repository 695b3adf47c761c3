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
      '',
    ],
    [
      "Nous sommes à la recherche d'un préparateur de commandes (H/F) pour notre client.",
      'préparateur de commandes',
      '',
    ],
    ['Notre agence recherche pour une mission longue un/une magasinier cariste.', 'magasinier cariste', ''],
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
    ],
  ])('%s', (text, title, company) => {
    expect(proseMetadata(text)).toEqual({ title, company });
  });

  it('reads nothing from a text that announces no job', () => {
    expect(proseMetadata('Our hospital has 300 beds and a busy emergency department.')).toEqual({
      title: '',
      company: '',
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
});
