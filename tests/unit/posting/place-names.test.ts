import { describe, expect, it } from 'vitest';
import { cleanPlace, placeLine, townAndRegion } from '../../../src/core/posting/place-names';

describe('placeLine', () => {
  it.each([
    ['Sevilla, Sevilla (España)', 'Sevilla'],
    ['Getafe, Madrid (España)', 'Getafe, Madrid'],
    ['Boise, ID', 'Boise, ID'],
    ['Leeds, UK', 'Leeds, UK'],
    ['Austin, TX 78701', 'Austin, TX'],
    ['Toronto, ON M5V 2T6', 'Toronto, ON'],
    ['35 - RENNES', 'RENNES'],
    ['Saint-Malo (35)', 'Saint-Malo'],
    ['CDD - 4 à 24 mois', ''],
    ['Harbour Dental', ''],
    ['Excel, SQL', ''],
    ['Python, Java (Spring)', ''],
  ])('%s -> "%s"', (line, place) => {
    expect(placeLine(line)).toBe(place);
  });
});

describe('cleanPlace', () => {
  it('drops a district in brackets, a separator left by the next field and a repeated province', () => {
    expect(cleanPlace('Valencia (Ruzafa)')).toBe('Valencia');
    expect(cleanPlace('Rennes /')).toBe('Rennes');
    expect(cleanPlace('Toledo, Toledo')).toBe('Toledo');
    expect(cleanPlace('Portland, OR')).toBe('Portland, OR');
  });
});

describe('townAndRegion', () => {
  it('reads a town and its state or province from a sentence', () => {
    expect(townAndRegion('Join our Tacoma, Washington based team.')).toBe('Tacoma, Washington');
    expect(townAndRegion('Office: 12 N Main St, Dayton, OH 45402')).toBe('Dayton, OH');
    expect(townAndRegion('We moved to Halifax, Nova Scotia last year.')).toBe('Halifax, Nova Scotia');
  });

  it('skips a head office and reads nothing from a list of skills', () => {
    expect(townAndRegion('Headquartered in Columbus, Ohio, we staff clinics nationwide.')).toBe('');
    expect(townAndRegion('Skills: Excel, Word, PowerPoint.')).toBe('');
  });
});
