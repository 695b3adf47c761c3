import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { MAX_SEARCH_CHARS } from '../../../../shared/contract';
import type { JobSort, JobStatus, JobSummary } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';
import { plural } from '../../lib/plural';
import { JobList } from './job-list';
import { isJobStatus, STATUS_OPTIONS } from './job-status';

interface Props {
  /** Every saved job (the app's list): a change here (saved, deleted) reloads the library. */
  jobs: JobSummary[];
  selectedJobId: number | null;
  /** On screen: read when shown, and again after a change elsewhere (scores change as jobs are tailored). */
  active: boolean;
  onJobsChange: (jobs: JobSummary[]) => void;
  onOpen: (jobId: number) => void;
}

/** Rows drawn at once; the search narrows further. Listing all of a large library would cost main and React far more. */
const PAGE = 200;
/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 200;

const NO_ROWS: JobSummary[] = [];

const SORTS: { value: JobSort; label: string }[] = [
  { value: 'recent', label: 'Newest saved' },
  { value: 'updated', label: 'Recently changed' },
  { value: 'score', label: 'Best match' },
  { value: 'relevance', label: 'Best text match' },
];

/**
 * The jobs library: full-text search over the postings (main's SQLite FTS5), a status filter and a
 * sort. The list shown is what main answers for those; the app's own list of jobs is untouched by them.
 */
export function JobLibrary({ jobs, selectedJobId, active, onJobsChange, onOpen }: Props) {
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [status, setStatus] = useState<JobStatus | ''>('');
  const [sort, setSort] = useState<JobSort>('recent');

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  // What the list should show now; busy until main's answer for exactly this arrives.
  const request = useMemo(
    () => ({
      ...(debounced ? { query: debounced } : {}),
      ...(status ? { status } : {}),
      sort: sort === 'relevance' && !debounced ? ('recent' as const) : sort,
      limit: PAGE,
    }),
    [debounced, status, sort],
  );
  const listed = useReportedQuery({
    queryKey: keys.jobSearch(request),
    queryFn: () => api.listJobs(request),
    // Hidden tab: nothing to draw. It is read when shown.
    enabled: active,
    // The rows of the last search stay on screen until this one's answer arrives.
    placeholderData: keepPreviousData,
  });

  const rows = listed.data ?? (listed.isError ? NO_ROWS : null);
  const busy = active && (listed.isFetching || listed.isPlaceholderData);

  const filtered = debounced !== '' || status !== '';
  const onJobChange = (job: JobSummary) => {
    queryClient.setQueryData<JobSummary[]>(keys.jobSearch(request), (current) =>
      current?.map((row) => (row.id === job.id ? job : row)),
    );
    onJobsChange(jobs.map((j) => (j.id === job.id ? { ...j, ...job, match: j.match } : j)));
  };

  return (
    <section className="job-library" aria-labelledby="library-heading">
      <div className="library-head">
        <h2 id="library-heading" className="card-title">
          Saved jobs <span className="library-count">({jobs.length.toLocaleString()})</span>
        </h2>
        <div className="library-filters" role="search">
          <input
            type="search"
            className="library-search"
            aria-label="Search jobs"
            placeholder="Search titles, companies and posting text…"
            maxLength={MAX_SEARCH_CHARS}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <select
            aria-label="Filter by status"
            value={status}
            onChange={(e) => setStatus(isJobStatus(e.target.value) ? e.target.value : '')}
          >
            <option value="">All statuses</option>
            {STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <select aria-label="Sort jobs" value={sort} onChange={(e) => setSort(e.target.value as JobSort)}>
            {SORTS.map((option) => (
              <option
                key={option.value}
                value={option.value}
                disabled={option.value === 'relevance' && !query}
              >
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="library-status" role="status" aria-live="polite">
        {busy && sort === 'score'
          ? 'Scoring every job against your résumé… (the first time takes a moment)'
          : busy
            ? 'Searching…'
            : rows && filtered
              ? `${rows.length >= PAGE ? `First ${PAGE}` : plural(rows.length, 'job')} matching`
              : rows && rows.length >= PAGE
                ? `Showing the first ${PAGE}: search or filter to find others.`
                : sort !== 'score' && rows && rows.length > 0
                  ? 'Sort by best match to see each job’s score.'
                  : ''}
      </p>
      <div aria-busy={busy}>
        {rows && (
          <JobList
            jobs={rows}
            selectedJobId={selectedJobId}
            onJobsChange={onJobsChange}
            onJobChange={onJobChange}
            onOpen={onOpen}
            emptyText={
              jobs.length === 0
                ? 'No saved jobs yet. Paste your first posting above.'
                : 'No saved job matches this search and filter.'
            }
          />
        )}
      </div>
    </section>
  );
}
