import { afterEach, describe, expect, it } from 'vitest';
import { openBackendAt, tempDirFor } from '../backend-fixture';

const POSTING = [
  'Dental Receptionist',
  'Harbour Dental · Bristol',
  '',
  'Requirements',
  '- Experience with appointment scheduling and Microsoft Outlook',
].join('\n');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

describe('pasting a posting that is already saved', () => {
  it('answers with the saved job instead of saving a second copy', async () => {
    const { handlers } = openBackendAt(tempDirFor('rt-dup-', cleanups), cleanups);
    const first = await handlers.createJob({ text: POSTING });
    expect(first.alreadySaved).toBe(false);
    const before = (await handlers.listJobs({})).length;

    // The same text again, with the line endings another site or editor gives it.
    const again = await handlers.createJob({ text: POSTING.replace(/\n/g, '\r\n') });
    expect(again.alreadySaved).toBe(true);
    expect(again.job.id).toBe(first.job.id);
    expect(await handlers.listJobs({})).toHaveLength(before);

    const other = await handlers.createJob({ text: `${POSTING}\n- Cash handling` });
    expect(other.alreadySaved).toBe(false);
    expect(other.job.id).not.toBe(first.job.id);
  });
});
