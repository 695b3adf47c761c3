import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ItemKind, Tailoring } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { useReportError } from '../../lib/error-reporter';
import { invalidateTailoringReaders } from '../../lib/invalidate';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';
import { withToggle } from '../../../../core/tailor/exclusions';

export type IncludeStep = { kind: ItemKind; id: number; included: boolean };

export interface TailoringState {
  /** The tailoring of the current job, with toggles shown before main confirms them. */
  tailoring: Tailoring | null;
  setIncluded: (steps: IncludeStep[]) => Promise<void>;
  /**
   * Any other change that main answers with the job's new tailoring (pins, wording, order,
   * fit to pages). Resolves with the call's whole reply, or null when it failed (the error is reported
   * and the screen shows what main holds).
   */
  apply: <T>(call: (jobId: number) => Promise<T>, pick: (reply: T) => Tailoring) => Promise<T | null>;
}

interface Change {
  call: () => Promise<Tailoring>;
  /** Toggles shown at once, before main's reply. */
  steps?: IncludeStep[];
}

/**
 * The tailoring of a job, read while Tailor is on screen (a résumé or dictionary change marks it out of
 * date, and it is read again when shown), and every change to it. Changes are mutations of the key
 * ['tailoring', jobId]; only the reply to the last one in flight is written, since main applies them in
 * order and that reply holds every earlier change, so an older reply can never undo a newer toggle.
 */
export function useTailoring(jobId: number | null, active: boolean): TailoringState {
  const queryClient = useQueryClient();
  const report = useReportError();
  const key = keys.tailoring(jobId ?? 0);
  const query = useReportedQuery({
    queryKey: key,
    queryFn: () => api.getTailoring({ jobId: jobId ?? 0 }),
    enabled: jobId !== null && active,
  });

  const isLast = () => queryClient.isMutating({ mutationKey: key }) === 1;
  const { mutateAsync } = useMutation({
    mutationKey: key,
    mutationFn: (change: Change) => change.call(),
    onMutate: async ({ steps }) => {
      // A read in flight was sent before this change: its answer must not replace the toggle. The
      // toggle is shown in the same tick as the click (before awaiting the cancel), so the checkbox
      // flips at once instead of snapping back until the cancel settles.
      const cancelled = queryClient.cancelQueries({ queryKey: key });
      if (steps)
        queryClient.setQueryData<Tailoring>(
          key,
          (t) =>
            t && {
              ...t,
              excluded: steps.reduce((ex, s) => withToggle(ex, s.kind, s.id, s.included), t.excluded),
            },
        );
      await cancelled;
    },
    onSuccess: (next) => {
      if (!isLast()) return;
      queryClient.setQueryData(key, next);
      // What the PDF contains changed: the preview (on screen) is drawn again.
      void queryClient.invalidateQueries({ queryKey: keys.previews(next.jobId) });
      invalidateTailoringReaders(queryClient);
    },
    onError: (error) => {
      report(error);
      // Show what main really holds, whatever got through before the failure.
      if (isLast()) void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  const setIncluded = useCallback<TailoringState['setIncluded']>(
    async (steps) => {
      if (jobId === null || steps.length === 0) return;
      const call = () => api.setIncluded({ jobId, steps });
      await mutateAsync({ call, steps }).catch(() => undefined);
    },
    [jobId, mutateAsync],
  );

  const apply = useCallback<TailoringState['apply']>(
    async <T>(call: (jobId: number) => Promise<T>, pick: (reply: T) => Tailoring) => {
      if (jobId === null) return null;
      let reply: T | null = null;
      const send = async () => {
        reply = await call(jobId);
        return pick(reply);
      };
      return mutateAsync({ call: send }).then(
        () => reply,
        () => null,
      );
    },
    [jobId, mutateAsync],
  );

  const tailoring = query.data && query.data.jobId === jobId ? query.data : null;
  return { tailoring, setIncluded, apply };
}
