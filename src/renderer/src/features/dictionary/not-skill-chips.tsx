import { useState } from 'react';
import { useReportError } from '../../lib/error-reporter';
import { useDictionary } from './use-dictionary';

/** What the user marked "not a skill", each with a button that counts it as a skill again. */
export function NotSkillChips({ names }: { names: string[] }) {
  const report = useReportError();
  const dictionary = useDictionary();
  const [busy, setBusy] = useState<string | null>(null);

  const restore = async (name: string) => {
    setBusy(name);
    try {
      await dictionary.unmarkNotSkill(name);
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <ul className="user-skills" aria-label="Marked not a skill">
      {names.map((name) => (
        <li key={name} className="user-skill user-skill-refused">
          <span className="user-skill-name">{name}</span>
          <button
            type="button"
            className="button-quiet"
            disabled={busy === name}
            onClick={() => void restore(name)}
          >
            Count {name} as a skill again
          </button>
        </li>
      ))}
    </ul>
  );
}
