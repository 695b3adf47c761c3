import { readFileSync } from 'node:fs';
import { emptyProfile } from '../../../src/core/resume/profile';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { openDatabase } from '../../../src/main/db/connection';
import { seedDemoResumeIfEmpty } from '../../../src/main/db/demo-seed';
import { createRepositories } from '../../../src/main/db/repositories';
import { useTempDir } from './temp-dir';

const temp = useTempDir();
const demo = parseJsonResume(
  readFileSync(fileURLToPath(new URL('../../../resources/demo/demo-resume.json', import.meta.url)), 'utf8'),
);

describe('seedDemoResumeIfEmpty', () => {
  it('seeds the demo on the first run only, even after the user deletes everything', () => {
    const file = temp.path('app.sqlite');
    const first = temp.track(openDatabase(file));
    const repos = createRepositories(first.db);
    expect(seedDemoResumeIfEmpty(repos, demo)).toBe(true);
    const resume = repos.resume.getResume();
    expect(resume.profile.name).toBe('Amélie Laurent');
    expect(resume.sections.map((s) => s.kind)).toEqual([
      'experience',
      'volunteer',
      'education',
      'projects',
      'skills',
      'languages',
      'custom',
    ]);

    for (const section of resume.sections) repos.resume.deleteSection(section.id);
    repos.resume.updateProfile(emptyProfile());
    first.db.close();

    const second = temp.track(openDatabase(file));
    const again = createRepositories(second.db);
    expect(again.resume.isEmpty()).toBe(true);
    expect(seedDemoResumeIfEmpty(again, demo)).toBe(false);
    expect(again.resume.getResume().sections).toEqual([]);
  });

  it('does not overwrite a résumé that is already there', () => {
    const { db } = temp.track(openDatabase(temp.path('app.sqlite')));
    const repos = createRepositories(db);
    repos.resume.addSection('custom', 'Mine');
    expect(seedDemoResumeIfEmpty(repos, demo)).toBe(false);
    expect(repos.resume.getResume().sections.map((s) => s.title)).toEqual(['Mine']);
    expect(seedDemoResumeIfEmpty(repos, demo)).toBe(false);
  });
});
