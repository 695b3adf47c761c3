/**
 * Child process of power-loss.test.ts (bundled by it; not a test itself). Writes jobs through the real
 * openDatabase forever; after each commit it appends "<job id> <size of the write-ahead log>" to the
 * acknowledgement file, so a line there is a write the app has promised to keep.
 */
import { existsSync, openSync, statSync, writeSync } from 'node:fs';
import { openDatabase } from '../../../src/main/db/connection';
import { createRepositories } from '../../../src/main/db/repositories';

const [file, ackFile] = process.argv.slice(2);
if (file === undefined || ackFile === undefined) throw new Error('usage: power-writer <database> <acks>');

const { db } = openDatabase(file);
const repos = createRepositories(db);
const acks = openSync(ackFile, 'a');
// 8 KB per job: the log grows and is checkpointed into the main file often.
const posting = 'Forklift licence, HACCP, first aid. '.repeat(230);

writeSync(1, 'ready\n');
for (let n = 1; ; n += 1) {
  const job = repos.jobs.create({
    title: `Job ${n}`,
    company: '',
    location: '',
    rawText: posting,
    text: 'p',
  });
  const wal = `${file}-wal`;
  writeSync(acks, `${job.id} ${existsSync(wal) ? statSync(wal).size : 0}\n`);
}
