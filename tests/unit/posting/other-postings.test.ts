import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { pasteToText } from '../../../src/core/posting/paste-to-text';
import { appMatcher } from '../keywords/app-dictionary';

const analyze = (raw: string) => {
  const { text } = pasteToText(raw);
  return { text, ...analyzePosting(text, appMatcher) };
};

describe('other postings in a paste', () => {
  it('lists the "Similar jobs" of a Cutshort page, each ending in "Read more", and counts them', () => {
    const page = readFileSync(
      join(import.meta.dirname, '../../fixtures/postings/cutshort-devops-page.txt'),
      'utf8',
    );
    const result = analyze(page);
    // The page lists ten similar jobs: Certa, Molecular Connections, Miracle Hub, Bharat ka Super
    // Entertainment App, Zeus Learning, Videoverse, Numerator, MyOperator, SteelEye and Adobe.
    expect(result.otherPostings).toHaveLength(10);
    expect(result.postings).toBe(11);
    const titles = result.otherPostings.map((p) => p.title);
    expect(titles).toContain('Senior DevOps Engineer');
    expect(titles).toContain('Data Architect - Azure DevOps');
    const similar = result.text.indexOf('Similar jobs');
    for (const posting of result.otherPostings) {
      expect(posting.start).toBeGreaterThan(similar);
      expect(result.text.slice(posting.start).trim()).not.toBe('');
    }
    // The company card and the testimonials between the posting and the list are page noise, not postings.
    const card = result.text.indexOf('Users love Cutshort');
    expect(result.otherPostings.every((p) => p.start > card)).toBe(true);
  });

  it('splits a list of job cards that has no "Read more" between them', () => {
    const result = analyze(
      [
        'Platform Engineer',
        'Tidewater Logistics',
        '',
        'Requirements',
        '* Kubernetes and Terraform',
        '',
        'Similar jobs',
        '',
        'Senior DevOps Engineer',
        'Crescent Payments - New York, NY',
        'Experience with AWS, Ansible, Jenkins and Chef.',
        '$150,000 - $170,000 a year',
        '',
        'Cloud Infrastructure Engineer',
        'Alder Robotics - Remote',
        'Azure, Azure DevOps, Bicep, PowerShell. 5+ years Windows Server administration.',
        '',
        'Site Reliability Engineer',
        'Quanta Games - Seattle, WA',
        'Rust, Nomad, Consul, Prometheus, Cassandra.',
      ].join('\n'),
    );
    expect(result.otherPostings.map((p) => p.title)).toEqual([
      'Senior DevOps Engineer',
      'Cloud Infrastructure Engineer',
      'Site Reliability Engineer',
    ]);
    expect(result.postings).toBe(4);
    const all = [...result.required, ...result.preferred].map((h) => h.skill);
    for (const skill of ['Ansible', 'Jenkins', 'Microsoft Azure', 'Cassandra'])
      expect(all).not.toContain(skill);
  });

  it('counts one posting for a plain posting and none for an empty paste', () => {
    expect(analyze('Backend Engineer\n\nRequirements\n- Go and Python').postings).toBe(1);
    expect(analyze(' \n ').postings).toBe(0);
  });

  it('skips a job board navigation bar above the posting', () => {
    const result = analyze(
      'Skip to main content\nJobHarbor\nFind jobs   Company reviews   Salaries   Post a job   Sign in\n\nSearch: platform engineer   Location: Remote\n\nPlatform Engineer\nTidewater Logistics\nRemote – US\n\nWhat you need:\n* Terraform',
    );
    expect(result.title).toBe('Platform Engineer');
    expect(result.company).toBe('Tidewater Logistics');
    expect(result.sections[0]?.kind).toBe('noise');
    expect(result.required.map((h) => h.skill)).toEqual(['Terraform']);
  });
});
