import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { IncludedTailoring, ItemKind, Tailoring } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { useReportError } from '../../lib/error-reporter';
import { invalidateTailoringReaders } from '../../lib/invalidate';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';
import { withToggle } from '../../../../core/tailor/exclusions';
import { useExportSettings } from '../export-options/export-options-store';

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
  call: () => Promise<Tailoring | IncludedTailoring>;
  /** Toggles shown at once, before main's reply. */
  steps?: IncludeStep[];
  /** The preview query the reply's own preview is written to, when the call asked for one. */
  previewKey?: QueryKey;
}

/**
 * The tailoring of a job, read while Tailor is on screen (a résumé or dictionary change marks it out of
 * date, and it is read again when shown), and every change to it. Changes are mutations of the key
 * ['tailoring', jobId]; only the reply to the last one in flight is written, since main applies them in
 * order and that reply holds every earlier change, so an older reply can never undo a newer toggle.
 * A toggle is one call: its reply carries the preview PDF drawn from the same change, written to the
 * preview's query (preview-pane.tsx) instead of asking main for it in a second round trip.
 */
export function useTailoring(jobId: number | null, active: boolean): TailoringState {
  const queryClient = useQueryClient();
  const report = useReportError();
  const key = keys.tailoring(jobId ?? 0);
  const { options, onMissingGlyph, saving } = useExportSettings();
  const query = useReportedQuery({
    queryKey: key,
    queryFn: () => api.getTailoring({ jobId: jobId ?? 0 }),
    enabled: jobId !== null && active,
  });

  const isLast = () => queryClient.isMutating({ mutationKey: key }) === 1;
  const { mutateAsync } = useMutation({
    mutationKey: key,
    mutationFn: (change: Change) => change.call(),
    onMutate: async ({ steps, previewKey }) => {
      // A read in flight was sent before this change: its answer must not replace the toggle (nor, when
      // the reply brings the preview, an older preview the new one). The toggle is shown in the same
      // tick as the click (before awaiting the cancels), so the checkbox flips at once instead of
      // snapping back until the cancels settle.
      const cancelled = Promise.all([
        queryClient.cancelQueries({ queryKey: key }),
        previewKey && queryClient.cancelQueries({ queryKey: keys.previews(jobId ?? 0) }),
      ]);
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
    onSuccess: (reply, { previewKey }) => {
      if (!isLast()) return;
      const { preview, ...next } = reply as IncludedTailoring;
      queryClient.setQueryData(key, next);
      // What the PDF contains changed: every preview of the job is out of date. The one on screen is
      // the reply's own when it came with one (written after the mark, which leaves it fresh), else it
      // is drawn again.
      void queryClient.invalidateQueries({
        queryKey: keys.previews(next.jobId),
        ...(preview && previewKey ? { refetchType: 'none' } : {}),
      });
      if (preview && previewKey) queryClient.setQueryData(previewKey, preview);
      invalidateTailoringReaders(queryClient);
    },
    onError: (error) => {
      report(error);
      // Show what main really holds, whatever got through before the failure.
      if (!isLast()) return;
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: keys.previews(jobId ?? 0) });
    },
  });

  const setIncluded = useCallback<TailoringState['setIncluded']>(
    async (steps) => {
      if (jobId === null || steps.length === 0) return;
      // The preview is asked for when the panel shows it and main would draw what the panel's key
      // names (the options are in and none is on its way to main).
      const withPreview = active && options !== null && !saving;
      // Sent in the click's own tick: the optimistic render of the screen (onMutate) comes after it,
      // not before. Its reply is read through the mutation, which also reports a failure.
      const reply = api.setIncluded({
        jobId,
        steps,
        ...(withPreview ? { preview: { onMissingGlyph } } : {}),
      });
      reply.catch(() => undefined);
      const previewKey = withPreview ? keys.preview(jobId, { onMissingGlyph, options }) : undefined;
      await mutateAsync({ call: () => reply, steps, ...(previewKey ? { previewKey } : {}) }).catch(
        () => undefined,
      );
    },
    [jobId, active, options, onMissingGlyph, saving, mutateAsync],
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
