import { describe, expect, it } from 'vitest';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import { mergeSkillDictionaries } from '../../../src/core/keywords/skill-dictionary';
import { appMatcher } from './app-dictionary';

const skills = (text: string): string[] => appMatcher.find(text).map((m) => m.skill);

// One spelling, two skills: the words and skills around it decide which one the posting means.
describe.each([
  [
    'EMR',
    'Amazon EMR',
    'Electronic Health Records',
    ['ECS, Lambda, Kinesis, EMR, Redshift', 'Batch jobs in PySpark on EMR clusters'],
    ['Charting in Epic EMR', 'EMR documentation for patients', 'Document patient care in the EMR'],
  ],
  [
    'CRO',
    'Conversion Rate Optimization',
    'CRO Management',
    ['SEO, CRO and landing page tests', 'Own CRO experiments across the checkout funnel'],
    ['Oversee the CRO for phase II clinical trials', 'Manage CROs and study sites'],
  ],
  [
    'SEM',
    'SEM',
    'Electron Microscopy',
    ['SEO, SEM and paid social campaigns', 'Run SEM campaigns on Google Ads'],
    ['Materials characterization: SEM, TEM, XRD', 'Imaging samples with SEM and EDS'],
  ],
  [
    'GTM',
    'Go-to-Market Strategy',
    'Google Tag Manager',
    ['Define the GTM strategy and pricing for launches'],
    ['GA4, GTM and Looker Studio', 'Set up GTM tags and conversion tracking'],
  ],
  [
    'SPC',
    'Statistical Process Control',
    'SAFe Program Consultant',
    ['Apply SPC, FMEA and MSA on the production line'],
    ['Certifications: SAFe SPC or RTE; Agile coaching with SPC'],
  ],
  [
    'IRB',
    'IRB Submissions',
    'Internal Ratings-Based Approach',
    ['Prepare IRB protocols and consent forms for the study'],
    ['Basel credit risk models (IRB, PD, LGD, EAD)'],
  ],
  [
    'CMA',
    'Certified Medical Assistant',
    'Certified Management Accountant',
    ['CMA or RMA required; take patient vitals'],
    ['CPA or CMA preferred for this cost accounting role'],
  ],
  [
    'CPC',
    'Certified Professional Coder',
    'PPC',
    ['CPC certification; ICD-10 and CPT coding of charts'],
    ['Lower CPC and CPA across Google Ads campaigns'],
  ],
])('"%s"', (_spelling, owner, sharer, asOwner, asSharer) => {
  it.each(asOwner)(`is ${owner} in "%s"`, (text) => {
    expect(skills(text)).toContain(owner);
    expect(skills(text)).not.toContain(sharer);
  });
  it.each(asSharer)(`is ${sharer} in "%s"`, (text) => {
    expect(skills(text)).toContain(sharer);
    expect(skills(text)).not.toContain(owner);
  });
});

describe('shared spellings', () => {
  const defs = [
    { name: 'Amazon EMR', aliases: ['EMR'], category: 'cloud' },
    { name: 'Redshift', aliases: [], category: 'cloud' },
    {
      name: 'Electronic Health Records',
      aliases: ['EHR'],
      category: 'healthcare',
      shares: ['EMR'],
      context: { words: ['patients'] },
    },
    { name: 'Epic', aliases: [], category: 'healthcare' },
  ];
  const matcher = createSkillMatcher(defs);
  const found = (text: string): string[] => matcher.find(text).map((m) => m.skill);

  it('keep the owner when nothing around them points either way', () => {
    expect(found('EMR')).toEqual(['Amazon EMR']);
  });

  it('read the nearest context first: the same line beats the rest of the text', () => {
    expect(found('Epic and Redshift\nEMR for patients')).toEqual([
      'Epic',
      'Redshift',
      'Electronic Health Records',
    ]);
    expect(found('Epic, Epic\n\nRedshift with EMR')).toEqual(['Epic', 'Epic', 'Redshift', 'Amazon EMR']);
  });

  it('fall back to the skills of the whole text', () => {
    expect(found('Epic go-live support.\n\n\n\n\n\nEMR')).toEqual(['Epic', 'Electronic Health Records']);
  });

  it('need an owner: sharing a spelling no skill has is refused, naming it', () => {
    expect(() =>
      mergeSkillDictionaries([
        [{ name: 'Tag Manager', aliases: [], category: 'marketing', shares: ['TMX'] }],
      ]),
    ).toThrow(/"TMX" \(Tag Manager\)/);
  });
});
