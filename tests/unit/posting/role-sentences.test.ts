import { describe, expect, it } from 'vitest';
import { roleSentenceTitle } from '../../../src/core/posting/role-sentences';

describe('roleSentenceTitle', () => {
  it.each([
    [
      'As a Bilingual Customer Support Representative, you will answer calls.',
      'Bilingual Customer Support Representative',
    ],
    ['Our Role As a Night Care Assistant you will support residents.', 'Night Care Assistant'],
    ['Ramp Safety Officer (RSO) is responsible for checking every stand.', 'Ramp Safety Officer'],
    ['Duties vary. The Site Manager will be responsible for the build.', 'Site Manager'],
    ["L'analyste financier travaillera avec la direction.", 'Analyste financier'],
    ['En tant que technicien de maintenance, vous intervenez sur les lignes.', 'Technicien de maintenance'],
    ['Als Pflegefachkraft bist du Teil unseres Teams.', 'Pflegefachkraft'],
    [
      "Vous intégrez l'équipe en tant que préparateur de commandes, au sein d'un entrepôt.",
      'Préparateur de commandes',
    ],
    ['You will join us in the role of Night Manager.', 'Night Manager'],
  ])('%s -> "%s"', (text, title) => {
    expect(roleSentenceTitle(text)).toBe(title);
  });

  it.each([
    'As a team, you will grow with us.',
    'The ideal candidate will have a forklift licence.',
    'Our busy team of nurses will support you.',
    'As you know, we value training.',
    'en tant que membre de notre équipe, vous apprendrez.',
  ])('names no title in: %s', (text) => {
    expect(roleSentenceTitle(text)).toBe('');
  });
});

describe('role sentences as job boards write them', () => {
  it.each([
    ['Job Summary:The Tool and Die Maker will build dies from concept.', 'Tool and Die Maker'],
    ['ROLEThe Staff Accountant will be responsible for helping the organization.', 'Staff Accountant'],
    ['The Pharmacy Technician position exists to support the pharmacist.', 'Pharmacy Technician'],
    ['As a Sales & Design Consultant at Kings of Neon, you will be crucial.', 'Sales & Design Consultant'],
    [
      'We want someone to join our team as an experienced Senior Retail Sales Associate.',
      'Senior Retail Sales Associate',
    ],
    ['If you are a Family Physician who would like to practise, call us.', 'Family Physician'],
  ])('reads the title in: %s', (text, title) => {
    expect(roleSentenceTitle(text)).toBe(title);
  });

  it('reads no title from a sentence that opens with a participle', () => {
    expect(roleSentenceTitle('As assigned by Client Experience Manager, you will help.')).toBe('');
  });
});
