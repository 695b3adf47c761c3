import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FirstRun } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { afterResumeWrite } from '../../lib/invalidate';
import { keys } from '../../lib/query-keys';

/** Read again whenever the résumé or the jobs change (lib/invalidate.ts): what is demo depends on both. */
export const firstRunQuery = queryOptions({ queryKey: keys.firstRun, queryFn: () => api.getFirstRun() });

/** Whether the welcome is due and what is demo data (null until read; the shell reports a failure). */
export function useFirstRun(): FirstRun | null {
  return useQuery(firstRunQuery).data ?? null;
}

/** Marks the welcome as seen: it does not open by itself again. */
export function useDismissWelcome(): () => void {
  const client = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: () => api.dismissWelcome(),
    onSuccess: (next) => client.setQueryData(keys.firstRun, next),
  });
  return mutate;
}

/** Deletes the demo résumé and the demo job; everything that showed them reads again. */
export function useRemoveDemo(): () => Promise<FirstRun> {
  const client = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: () => api.removeDemo(),
    onSuccess: (next) => {
      client.setQueryData(keys.firstRun, next);
      void client.invalidateQueries({ queryKey: keys.resume });
      void client.invalidateQueries({ queryKey: keys.newestJobs });
      void client.invalidateQueries({ queryKey: keys.jobs });
      afterResumeWrite(client);
    },
  });
  return mutateAsync;
}
