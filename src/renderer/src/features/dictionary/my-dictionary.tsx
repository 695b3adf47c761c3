import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../lib/error-message';
import { NotSkillChips } from './not-skill-chips';
import { UserSkillChips } from './user-skill-chips';
import { useDictionary } from './use-dictionary';

/** Splits "QForge, Q-Forge" into spellings; empty pieces are ignored. */
const splitAliases = (text: string): string[] =>
  text
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');

/**
 * Terms the bundled dictionary lacks (an in-house tool, a niche product), added once and then matched in
 * every posting and résumé, in the app and the CLI.
 */
export function MyDictionary() {
  const id = useId();
  const dictionary = useDictionary();
  const { skills, notSkills } = dictionary;
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const spellings = splitAliases(aliases);
      await dictionary.add({ name, ...(spellings.length > 0 && { aliases: spellings }) });
      setName('');
      setAliases('');
      setError(null);
    } catch (e) {
      // What was typed stays, so it can be corrected.
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card my-dictionary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card-title">
        My dictionary
      </h2>
      <p className="page-hint">
        Skills the app does not know yet. They are matched in every posting and in your résumé, and count in
        the score like any other skill.
      </p>
      <form className="dictionary-form" onSubmit={(e) => void add(e)}>
        <label className="dictionary-field">
          <span>Term</span>
          <input
            value={name}
            placeholder="e.g. Quillforge"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </label>
        <label className="dictionary-field">
          <span>Other spellings (optional, comma-separated)</span>
          <input value={aliases} placeholder="e.g. QForge" onChange={(e) => setAliases(e.target.value)} />
        </label>
        <button type="submit" className="button-primary" disabled={busy}>
          Add to my dictionary
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {skills === null ? null : skills.length === 0 ? (
        <p className="empty-note">Your dictionary is empty.</p>
      ) : (
        <UserSkillChips skills={skills} />
      )}
      {notSkills !== null && notSkills.length > 0 && (
        <>
          <h3 className="list-title">Not skills</h3>
          <p className="page-hint">
            You marked these as not a skill: they are not read in any posting or résumé.
          </p>
          <NotSkillChips names={notSkills} />
        </>
      )}
    </section>
  );
}
