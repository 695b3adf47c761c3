import type { AppliedImport } from '../../../../shared/domain-types';
import { plural } from '../../lib/plural';

/** What the résumé page says once an import is stored: what changed, and where the backup is. */
export function importDoneText(
  { changes, backupPath, jobsLosingChoices }: AppliedImport,
  name: string,
): string {
  const added = changes.addedEntries.length;
  const updated = changes.updatedEntries.length;
  const { sections, entries, bullets } = changes.removed;
  const removed = sections.length + entries.length + bullets.length;
  return (
    `Imported ${name}: ${plural(added, 'entry', 'entries')} added, ${plural(updated, 'entry', 'entries')} updated` +
    (removed > 0 ? `, ${plural(removed, 'item')} removed` : ', nothing removed') +
    '. ' +
    (jobsLosingChoices > 0
      ? `Choices for ${plural(jobsLosingChoices, 'job')} on removed items were dropped. `
      : '') +
    `Your data as it was before the import is kept in ${backupPath}.`
  );
}
