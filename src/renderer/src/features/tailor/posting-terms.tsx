import { useState } from 'react';
import type { PostingAnalysis } from '../../../../core/posting/posting-types';
import { useReportError } from '../../lib/error-reporter';
import { UserSkillChips } from '../dictionary/user-skill-chips';
import { userSkillsStore, useUserSkills } from '../dictionary/user-skills-store';

/**
 * What the posting names besides the scored skills: soft skills (shown, never scored) and tech-looking
 * terms the dictionary lacks, each one click away from the user's own dictionary. Adding one bumps the
 * dictionary's version, and Tailor reads the job and its score again.
 */
export function PostingTerms({ analysis }: { analysis: PostingAnalysis }) {
  const report = useReportError();
  const { skills } = useUserSkills(report);
  const [adding, setAdding] = useState<string | null>(null);

  const add = async (term: string) => {
    setAdding(term);
    try {
      await userSkillsStore.add({ name: term });
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

      <h3 className="list-title">Other keywords</h3>
      {analysis.other.length === 0 ? (
        <p className="terms-note">None: every technical-looking term here is a known skill.</p>
      ) : (
        <>
          <p className="terms-note">
            Terms that look technical but are not in the dictionary. Add one and it is matched and scored.
          </p>
          <ul className="other-terms" aria-label="Other keywords">
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
                  aria-label={`Add ${other.term} to my dictionary`}
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
