import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useReportError } from './error-reporter';

/** A query whose failure goes to the shell's alert area, once per failed read. */
export function useReportedQuery<T, K extends QueryKey>(
  options: UseQueryOptions<T, Error, T, K>,
): UseQueryResult<T> {
  const report = useReportError();
  const query = useQuery(options);
  const { error, errorUpdatedAt } = query;
  useEffect(() => {
    if (error) report(error);
  }, [error, errorUpdatedAt, report]);
  return query;
}
