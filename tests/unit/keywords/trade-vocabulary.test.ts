import { describe, expect, it } from 'vitest';
import { appMatcher } from './app-dictionary';

// Each pair is a skill and the text it was written as, so a test shows which words were read.
const found = (text: string): string[] =>
  appMatcher.find(text).map((m) => `${m.skill}=${text.slice(m.start, m.end)}`);

describe('postings of other trades, in English, French, German and Spanish', () => {
  it.each([
    [
      'Experience of shift handover, fluid balance charts and venepuncture on a busy ward.',
      [
        'Shift Handover=shift handover',
        'Fluid Balance Monitoring=fluid balance charts',
        'Venipuncture=venepuncture',
      ],
    ],
    [
      'Vous assurerez le brancardage, le bilan hydrique et l’élimination des DASRI.',
      [
        'Patient Transport=brancardage',
        'Fluid Balance Monitoring=bilan hydrique',
        'Clinical Waste Disposal=élimination des DASRI',
      ],
    ],
    [
      'Reinigungsplan einhalten, Dampfreinigung und Fahrzeugaufbereitung.',
      [
        'Cleaning Schedules=Reinigungsplan',
        'Steam Cleaning=Dampfreinigung',
        'Vehicle Valeting=Fahrzeugaufbereitung',
      ],
    ],
    [
      'Clasificación de paquetes, carnet B+E y plataforma elevadora trasera.',
      [
        'Parcel Sorting=Clasificación de paquetes',
        'B+E Licence=carnet B+E',
        'Tail Lift Operation=plataforma elevadora trasera',
      ],
    ],
    [
      'Apertura y cierre de tienda, etiquetado de precios y verificación de edad.',
      [
        'Store Opening and Closing=Apertura y cierre de tienda',
        'Price Labelling=etiquetado de precios',
        'Age Verification=verificación de edad',
      ],
    ],
    [
      'Entgeltfortzahlung im Krankheitsfall, Lohnpfändungen und SEPA-Lastschriften.',
      [
        'Sick Pay Administration=Entgeltfortzahlung im Krankheitsfall',
        'Attachment of Earnings=Lohnpfändungen',
        'Direct Debits=SEPA-Lastschriften',
      ],
    ],
    [
      'Surveillance de cour, signalisation temporaire de chantier et travail isolé.',
      [
        'Playground Supervision=Surveillance de cour',
        'Temporary Traffic Management=signalisation temporaire de chantier',
        'Lone Working=travail isolé',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads UK spellings of skills named the US way', () => {
    expect(found('Paediatric nursing, urinary catheterisation and fibre optics.')).toEqual([
      'Pediatric Nursing=Paediatric nursing',
      'Catheterization=urinary catheterisation',
      'Fiber Optics=fibre optics',
    ]);
  });

  it('reads "localisation de pannes" as fault finding, not software localisation', () => {
    expect(found('Localisation de pannes sur lignes automatisées.')).toEqual([
      'Troubleshooting Equipment=Localisation de pannes',
    ]);
  });
});

describe('ordinary words of the four languages are not skills', () => {
  it('finds nothing in sentences made of words that are also acronyms or trade names', () => {
    const sentences = [
      'Mes missions : rejoindre notre équipe basée aux Pays-Bas.',
      'Ropa de trabajo incluida y descuentos para la plantilla.',
      'In unserer Praxis gibt es Halt und ein Pils nach Feierabend.',
      'Our Hotel & Spa is moving; contact Ann about the removals.',
      'We pay weekly and cash up front bonuses till the end of the year.',
    ];
    for (const sentence of sentences) expect(found(sentence)).toEqual([]);
  });

  it('still reads those acronyms beside other skills or with a cue', () => {
    expect(found('Experience with MES, ERP and SCADA.')).toEqual([
      'Manufacturing Execution Systems=MES',
      'ERP=ERP',
      'SCADA=SCADA',
    ]);
  });
});
