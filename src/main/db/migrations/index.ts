import { initial } from './001-initial';
import { userSkills } from './002-user-skills';
import { tailoring } from './003-tailoring';
import { notSkills } from './004-not-skills';
import { everyResumeSection } from './005-every-resume-section';
import { fitExclusions } from './006-fit-exclusions';
import { editVersions } from './007-edit-versions';
import type { Migration } from './migration';

/** Every migration the app knows, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  userSkills,
  tailoring,
  notSkills,
  everyResumeSection,
  fitExclusions,
  editVersions,
];

export type { Migration } from './migration';
