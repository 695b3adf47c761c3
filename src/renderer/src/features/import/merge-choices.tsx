import type { EntryFields } from '../../../../core/resume/entry';
import type { Resume } from '../../../../core/resume/resume';
import type { MergeChoices, MergePlan } from '../../../../core/resume/resume-merge';
import { entryLabel } from '../../lib/resume-labels';
import { PROFILE_LABELS } from './review-draft';

const ENTRY_FIELD_LABELS: Record<keyof EntryFields, string> = {
  title: 'Title',
  organization: 'Organization',
  location: 'Location',
  startDate: 'Start',
  endDate: 'End',
  summary: 'Summary',
  url: 'Link',
  detail: 'Detail',
  courses: 'Courses',
};

interface Props {
  plan: MergePlan;
  resume: Resume;
  choices: MergeChoices;
  onChange: (next: MergeChoices) => void;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;

/**
 * What a merge asks: which profile fields the file may change, which of your entries it updates, and
 * (only for an entry being updated) which of its bullets the file no longer has should go. Every
 * removal is a box the user ticks next to the bullet's own text; none is ticked for them.
 */
export function MergeChoicesForm({ plan, resume, choices, onChange }: Props) {
  const stored = new Map(resume.sections.flatMap((s) => s.entries).map((e) => [e.id, e]));
  if (plan.profile.length === 0 && plan.offers.length === 0) {
    return (
      <p className="page-hint">
        Nothing in the file matches an entry you have: everything it holds is added.
      </p>
    );
  }
  return (
    <div className="merge-choices">
      {plan.profile.length > 0 && (
        <fieldset className="merge-group">
          <legend>Profile</legend>
          {plan.profile.map((change) => (
            <label key={change.field} className="merge-choice">
              <input
                type="checkbox"
                checked={choices.profile.includes(change.field)}
                onChange={(e) =>
                  onChange({ ...choices, profile: toggle(choices.profile, change.field, e.target.checked) })
                }
              />
              <span>
                {change.stored === ''
                  ? `Add ${PROFILE_LABELS[change.field].toLowerCase()} ${quoted(change.imported)}`
                  : `Use ${quoted(change.imported)} as ${PROFILE_LABELS[change.field].toLowerCase()} (now ${quoted(change.stored)})`}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {plan.offers.map((offer) => {
        const entry = stored.get(offer.storedId);
        const name = entry === undefined ? 'an entry' : entryLabel(entry);
        const updating = choices.update.includes(offer.storedId);
        return (
          <fieldset key={offer.storedId} className="merge-group">
            <legend>{name}</legend>
            <label className="merge-choice">
              <input
                type="checkbox"
                checked={updating}
                onChange={(e) =>
                  onChange({ ...choices, update: toggle(choices.update, offer.storedId, e.target.checked) })
                }
              />
              <span>Update {name} from the file</span>
            </label>
            {(offer.changes.length > 0 || offer.newBullets.length > 0) && (
              <ul className="merge-changes">
                {offer.changes.map((c) => (
                  <li key={c.field}>
                    {ENTRY_FIELD_LABELS[c.field]}: {c.stored === '' ? '(empty)' : quoted(c.stored)} →{' '}
                    {quoted(c.imported)}
                  </li>
                ))}
                {offer.newBullets.map((text, i) => (
                  <li key={i}>New bullet: {quoted(text)}</li>
                ))}
              </ul>
            )}
            {offer.changes.length === 0 && offer.newBullets.length === 0 && (
              <p className="page-hint">The file has nothing this entry lacks.</p>
            )}
            {updating && offer.missingBullets.length > 0 && (
              <div className="merge-missing">
                <p className="page-hint">Your bullets the file does not have stay, unless you tick them:</p>
                {offer.missingBullets.map((bullet) => (
                  <label key={bullet.id} className="merge-choice merge-remove">
                    <input
                      type="checkbox"
                      checked={choices.removeBullets.includes(bullet.id)}
                      onChange={(e) =>
                        onChange({
                          ...choices,
                          removeBullets: toggle(choices.removeBullets, bullet.id, e.target.checked),
                        })
                      }
                    />
                    <span>Remove {quoted(bullet.text)}</span>
                  </label>
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
