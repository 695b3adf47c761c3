import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { MAX_SEARCH_CHARS } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { keys } from '../../lib/query-keys';

interface Props {
  onSelect: (jobId: number) => void;
}

/** Matches shown at once: a longer list is a sign to type more. */
const MATCHES = 20;
/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 200;

/** Finds any saved job by its title, company or posting text (main's full-text search). */
export function JobSearch({ onSelect }: Props) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const wanted = query.trim();

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(wanted), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [wanted]);

  const input = { query: debounced, limit: MATCHES };
  const search = useQuery({
    queryKey: keys.jobSearch(input),
    queryFn: () => api.listJobs(input),
    enabled: debounced !== '',
  });
  // Only the answer for what is typed now is shown; a query the search cannot read ("++") is the
  // user's to fix, shown where they type.
  const current =
    wanted === '' || debounced !== wanted
      ? null
      : search.data
        ? { jobs: search.data }
        : search.error
          ? { error: errorMessage(search.error) }
          : null;
  const pick = (jobId: number) => {
    setQuery('');
    onSelect(jobId);
  };

  return (
    <div className="job-search">
      <input
        type="search"
        className="job-search-input"
        aria-label="Find a job to tailor"
        aria-controls={wanted === '' ? undefined : listId}
        placeholder="Find another job…"
        maxLength={MAX_SEARCH_CHARS}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {wanted !== '' && (
        <div
          className="job-search-results"
          id={listId}
          role="region"
          aria-label="Jobs found"
          aria-live="polite"
        >
          {current === null ? (
            <p className="job-search-note">Searching…</p>
          ) : 'error' in current ? (
            <p className="job-search-note">{current.error}</p>
          ) : current.jobs.length === 0 ? (
            <p className="job-search-note">No saved job matches “{wanted}”.</p>
          ) : (
            <ul>
              {current.jobs.map((job) => (
                <li key={job.id}>
                  <button type="button" className="job-search-hit" onClick={() => pick(job.id)}>
                    <span className="job-search-title">
                      {[job.title.trim() || 'Untitled job', job.company.trim()].filter(Boolean).join(' — ')}
                    </span>
                    <span className="job-search-date">{formatDate(job.createdAt)}</span>
                  </button>
                </li>
              ))}
              {current.jobs.length === MATCHES && (
                <li className="job-search-note">Showing the first {MATCHES}; type more to narrow.</li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
