import { describe, expect, it } from 'vitest';
import { structuredMetadata } from '../../../src/core/posting/structured-metadata';

const page = (head: string, body = '<p>Apply below.</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('structuredMetadata', () => {
  it("reads a page's JobPosting data: title, hiring organisation and city, entities decoded", () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Careers' },
        {
          '@type': 'JobPosting',
          title: 'Registered Nurse &amp; Charge Nurse',
          hiringOrganization: { '@type': 'Organization', name: 'St. Mary’s Hospital' },
          jobLocation: [{ '@type': 'Place', address: { addressLocality: 'Leeds', addressCountry: 'GB' } }],
        },
      ],
    });
    expect(structuredMetadata(page(`<script type="application/ld+json">${ld}</script>`))).toEqual({
      title: 'Registered Nurse & Charge Nurse',
      company: 'St. Mary’s Hospital',
      location: 'Leeds',
      titleSource: 'json-ld',
    });
  });

  it('says Remote for a telecommute posting with no place', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Medical Coder',
      hiringOrganization: 'Northwind Health',
      jobLocationType: 'TELECOMMUTE',
    });
    expect(structuredMetadata(page(`<script type='application/ld+json'>${ld}</script>`))).toMatchObject({
      title: 'Medical Coder',
      company: 'Northwind Health',
      location: 'Remote',
    });
  });

  it('skips a broken block and falls back to og:title, then to the first h1', () => {
    const broken = '<script type="application/ld+json">{"@type": "JobPosting", </script>';
    expect(
      structuredMetadata(page(`${broken}<meta property="og:title" content="HGV Class 1 Driver">`)),
    ).toMatchObject({ title: 'HGV Class 1 Driver', titleSource: 'og:title' });
    expect(structuredMetadata(page('', '<h1 class="t">Sous <b>Chef</b></h1>'))).toMatchObject({
      title: 'Sous Chef',
      titleSource: 'h1',
    });
  });

  it('returns empty values for a page that states nothing', () => {
    expect(structuredMetadata(page(''))).toEqual({ title: '', company: '', location: '', titleSource: '' });
  });

  it("drops the site's name after a bar from og:title", () => {
    expect(
      structuredMetadata(page('<meta property="og:title" content="Night Porter | Stayfinder Jobs">')).title,
    ).toBe('Night Porter');
  });
});
