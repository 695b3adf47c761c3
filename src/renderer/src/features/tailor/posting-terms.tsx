import { useState } from 'react';
import type { PostingAnalysis } from '../../../../core/posting/posting-types';
import { useReportError } from '../../lib/error-reporter';
import { UserSkillChips } from '../dictionary/user-skill-chips';
import { useDictionary } from '../dictionary/use-dictionary';

/**
 * What the posting names besides the scored skills: soft skills (shown, never scored) and possible skills
 * the dictionary lacks (tech-looking terms, phrases after "experience with"...), each one click away from
 * the user's own dictionary. Adding one marks every posting's analysis and score out of date, and Tailor
 * reads the job and its score again.
 */
export function PostingTerms({ analysis }: { analysis: PostingAnalysis }) {
  const report = useReportError();
  const dictionary = useDictionary();
  const { skills } = dictionary;
  const [adding, setAdding] = useState<string | null>(null);

  const add = async (term: string) => {
    setAdding(term);
    try {
      await dictionary.add({ name: term });
    } catch (error) {
      report(error);
    } finally {
      setAdding(null);
    }
  };

  return (
    <section className="posting-terms" aria-label="Other terms in the posting">
      {analysis.soft.length > 0 && (
        <>
          <h3 className="list-title">Soft skills mentioned</h3>
          <p className="terms-note">Not part of the match score.</p>
          <ul className="skill-list" aria-label="Soft skills mentioned">
            {analysis.soft.map((hit) => (
              <li key={hit.skill} className="skill-chip skill-soft-chip">
                {hit.skill}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 className="list-title">Possible skills</h3>
      {analysis.other.length === 0 ? (
        <p className="terms-note">None: every skill this posting asks for is one the app knows.</p>
      ) : (
        <>
          <p className="terms-note">
            What the posting seems to ask for that the app does not know yet. Not in the score until you add
            it.
          </p>
          <ul className="other-terms" aria-label="Possible skills">
            {analysis.other.map((other) => (
              <li key={other.term} className="other-term">
                <span className="other-term-name">{other.term}</span>
                {other.count > 1 && (
                  <span className="other-term-count" title={`mentioned ${other.count} times`}>
                    ×{other.count}
                  </span>
                )}
                <button
                  type="button"
                  className="other-term-add"
                  // The name starts with the words shown, then says which term (WCAG label in name).
                  aria-label={adding === other.term ? undefined : `+ Add to my dictionary: ${other.term}`}
                  disabled={adding !== null}
                  onClick={() => void add(other.term)}
                >
                  {adding === other.term ? 'Adding…' : '+ Add to my dictionary'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {skills !== null && skills.length > 0 && (
        <>
          <h3 className="list-title">My dictionary</h3>
          <UserSkillChips skills={skills} />
        </>
      )}
    </section>
  );
}
