import { useCallback, useEffect, useRef, useState } from 'react';
import type { Resume } from '../../../../core/resume/resume';
import type { ItemKind, Tailoring } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { useReportError } from '../../lib/error-reporter';
import { withToggle } from '../../../../core/tailor/exclusions';

export interface TailoringState {
  /** The tailoring of the current job, with toggles shown before main confirms them. */
  tailoring: Tailoring | null;
  /** Bumped only by replies from main: what the PDF preview should follow. */
  version: number;
  setIncluded: (steps: { kind: ItemKind; id: number; included: boolean }[]) => Promise<void>;
  /**
   * Any other change that main answers with the job's new tailoring (pins, wording, order,
   * fit to pages). Resolves with the call's whole reply, or null when it failed (the error is reported
   * and the screen shows what main holds).
   */
  apply: <T>(call: (jobId: number) => Promise<T>, pick: (reply: T) => Tailoring) => Promise<T | null>;
}

/**
 * Loads the tailoring of a job and applies toggles. It reloads when the résumé changes (a bullet edited
 * in the Résumé tab changes the score) but only while Tailor is on screen. A new `dictionaryVersion` (the
 * user's own dictionary changed) reloads it too.
 */
export function useTailoring(
  jobId: number | null,
  resume: Resume,
  active: boolean,
  dictionaryVersion = 0,
): TailoringState {
  const report = useReportError();
  const [tailoring, setTailoring] = useState<Tailoring | null>(null);
  const [version, setVersion] = useState(0);
  // Each request takes a number; only the reply to the newest may change the screen.
  const latest = useRef(0);

  const accept = useCallback((seq: number, next: Tailoring) => {
    if (seq !== latest.current) return;
    setTailoring(next);
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    if (jobId === null || !active) return;
    const seq = ++latest.current;
    api.getTailoring({ jobId }).then(
      (next) => accept(seq, next),
      (error: unknown) => {
        if (seq === latest.current) report(error);
      },
    );
  }, [jobId, resume, active, accept, report, dictionaryVersion]);

  const setIncluded = useCallback<TailoringState['setIncluded']>(
    async (steps) => {
      if (jobId === null || steps.length === 0) return;
      const seq = ++latest.current;
      setTailoring((t) => {
        if (!t || t.jobId !== jobId) return t;
        const excluded = steps.reduce((ex, s) => withToggle(ex, s.kind, s.id, s.included), t.excluded);
        return { ...t, excluded };
      });
      try {
        let next: Tailoring | null = null;
        for (const step of steps) next = await api.setIncluded({ jobId, ...step });
        if (next) accept(seq, next);
      } catch (error) {
        report(error);
        // Show what main really holds, whatever got through before the failure.
        const resync = ++latest.current;
        api.getTailoring({ jobId }).then(
          (fresh) => accept(resync, fresh),
          () => undefined,
        );
      }
    },
    [jobId, accept, report],
  );

  const apply = useCallback<TailoringState['apply']>(
    async (call, pick) => {
      if (jobId === null) return null;
      const seq = ++latest.current;
      try {
        const reply = await call(jobId);
        accept(seq, pick(reply));
        return reply;
      } catch (error) {
        report(error);
        const resync = ++latest.current;
        api.getTailoring({ jobId }).then(
          (fresh) => accept(resync, fresh),
          () => undefined,
        );
        return null;
      }
    },
    [jobId, accept, report],
  );

  const current = tailoring && tailoring.jobId === jobId ? tailoring : null;
  return { tailoring: current, version, setIncluded, apply };
}
