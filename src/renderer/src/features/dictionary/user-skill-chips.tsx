import { useState } from 'react';
import type { UserSkill } from '../../../../shared/domain-types';
import { useReportError } from '../../lib/error-reporter';
import { useDictionary } from './use-dictionary';

/** The user's terms as chips, each with its other spellings and a button that removes it. */
export function UserSkillChips({ skills }: { skills: UserSkill[] }) {
  const report = useReportError();
  const dictionary = useDictionary();
  const [removing, setRemoving] = useState<number | null>(null);

  const remove = async (skill: UserSkill) => {
    setRemoving(skill.id);
    try {
      await dictionary.remove(skill.id);
    } catch (error) {
      report(error);
    } finally {
      setRemoving(null);
    }
  };

  return (
    <ul className="user-skills" aria-label="Terms in my dictionary">
      {skills.map((skill) => (
        <li key={skill.id} className="user-skill">
          <span className="user-skill-name">{skill.name}</span>
          {skill.aliases.length > 0 && <span className="user-skill-aliases">{skill.aliases.join(', ')}</span>}
          <button
            type="button"
            className="user-skill-remove"
            aria-label={`Remove ${skill.name} from my dictionary`}
            title={`Remove ${skill.name} from my dictionary`}
            disabled={removing === skill.id}
            onClick={() => void remove(skill)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
