import type { ImportPlanView } from '../../../../shared/domain-types';
import { plural } from '../../lib/plural';
import { PROFILE_LABELS } from './review-draft';

const list = (items: string[]) => items.join('; ');

/**
 * What confirming will do, in the words of the résumé: what is added and updated, and every item that
 * goes, by name. Read from main (previewResumeImport), which works it out the way it will store it.
 */
export function ImportSummary({ view }: { view: ImportPlanView }) {
  const { changes } = view;
  const { removed } = changes;
  const lines: string[] = [];
  if (changes.profileFields.length > 0)
    lines.push(
      `Profile: ${changes.profileFields.map((f) => PROFILE_LABELS[f].toLowerCase()).join(', ')} change.`,
    );
  if (changes.addedSections.length > 0)
    lines.push(`Adds ${plural(changes.addedSections.length, 'section')}: ${list(changes.addedSections)}.`);
  if (changes.addedEntries.length > 0)
    lines.push(
      `Adds ${plural(changes.addedEntries.length, 'entry', 'entries')}: ${list(changes.addedEntries)}.`,
    );
  if (changes.updatedEntries.length > 0)
    lines.push(
      `Updates ${plural(changes.updatedEntries.length, 'entry', 'entries')}: ${list(changes.updatedEntries)}.`,
    );
  if (changes.addedBullets > 0) lines.push(`${plural(changes.addedBullets, 'bullet')} in all are new.`);
  if (lines.length === 0 && view.removals === 0)
    lines.push('Nothing changes: your résumé already holds all of it.');

  return (
    <div className="import-summary" aria-live="polite">
      <ul className="import-summary-list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {view.removals > 0 ? (
        <div className="import-removals">
          <p>
            <strong>Removes {plural(view.removals, 'item')}</strong> of your résumé:
          </p>
          <ul>
            {removed.sections.map((title, i) => (
              <li key={`s${i}`}>The section {title} with everything in it</li>
            ))}
            {removed.entries.map((name, i) => (
              <li key={`e${i}`}>The entry {name}</li>
            ))}
            {removed.bullets.map((text, i) => (
              <li key={`b${i}`}>The bullet “{text}”</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="import-keeps">Nothing of your résumé is removed.</p>
      )}
      <p className="page-hint">
        {view.jobsLosingChoices > 0
          ? `Your choices for ${plural(view.jobsLosingChoices, 'job')} (turned-off bullets, per-job wording) on removed items go with them. `
          : 'No job loses its choices. '}
        {view.bulletsLosingVariants > 0 &&
          `The other wordings of ${plural(view.bulletsLosingVariants, 'bullet')} go with them. `}
        A backup of all your data is kept in {view.backupFolder} first.
      </p>
    </div>
  );
}
