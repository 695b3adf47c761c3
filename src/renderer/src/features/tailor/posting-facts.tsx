import type { OtherPosting, WorkConditions } from '../../../../core/posting/posting-types';
import { plural } from '../../lib/plural';

const WORK_MODE: Record<NonNullable<WorkConditions['remote']>, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

/** What the posting states about the job, as written: work mode, experience asked, salary. */
export function PostingFacts({ conditions }: { conditions: WorkConditions }) {
  const facts = [
    conditions.remote === null ? null : { key: 'remote', text: WORK_MODE[conditions.remote] },
    conditions.yearsOfExperience === null
      ? null
      : { key: 'years', text: `${conditions.yearsOfExperience} experience` },
    conditions.salary === null ? null : { key: 'salary', text: conditions.salary },
  ].filter((fact) => fact !== null);
  if (facts.length === 0) return null;
  return (
    <ul className="posting-facts" aria-label="Facts stated in the posting">
      {facts.map((fact) => (
        <li key={fact.key} className={`posting-fact posting-fact-${fact.key}`}>
          {fact.text}
        </li>
      ))}
    </ul>
  );
}

/** Titles listed; a pasted page of hundreds of job cards names the first ones and counts the rest. */
const OTHER_POSTINGS_SHOWN = 50;

/**
 * A pasted job board page often holds "similar jobs" after the posting. Only the first one is analysed;
 * the others are named so the user knows why their skills are not counted.
 */
export function OtherPostings({
  count,
  postings,
  listPage = false,
}: {
  count: number;
  postings: OtherPosting[];
  /** No posting is the main one (a results page of job cards): none of them was read. */
  listPage?: boolean;
}) {
  if (count < 1) return null;
  return (
    <details className="other-postings" open={listPage}>
      <summary>
        {listPage ? (
          <>
            This page lists {plural(count, 'posting')} and no skill was read.{' '}
            <span className="other-postings-hint">Paste or open the one you are applying for.</span>
          </>
        ) : (
          <>
            {plural(count, 'other posting')} on this page{' '}
            <span className="other-postings-hint">(not counted)</span>
          </>
        )}
      </summary>
      {postings.length > 0 && (
        <ol className="other-postings-list" aria-label="Other postings on this page">
          {postings.slice(0, OTHER_POSTINGS_SHOWN).map((posting) => (
            <li key={posting.start}>{posting.title.trim() || 'Untitled posting'}</li>
          ))}
        </ol>
      )}
      {postings.length > OTHER_POSTINGS_SHOWN && (
        <p className="other-postings-hint">
          and {plural(postings.length - OTHER_POSTINGS_SHOWN, 'more posting')}
        </p>
      )}
    </details>
  );
}
