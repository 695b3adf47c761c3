import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BulletPin, FitCheck, FitReport } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { plural } from '../../lib/plural';
import { useExportSettings } from '../export-options/export-options-store';

interface Props {
  /** A report belongs to the job it was made for: another job's is never shown. */
  jobId: number | null;
  /** Runs the fit and resolves with its report (null when it failed: the error is shown elsewhere). */
  onFit: (pages: 1 | 2) => Promise<FitReport | null>;
  onPin: (bulletId: number, pin: BulletPin | null) => Promise<unknown>;
  /** The pins as they are now, to show "Pin in" pressed in the report. */
  pins: Record<number, BulletPin>;
  /** Bullets off for this job now: a left-out bullet the user ticked since is no longer listed. */
  offBullets: readonly number[];
  /** The job's tailoring: a new one (a toggle, a wording, the résumé edited) and the fit is re-checked. */
  changed: unknown;
}

/**
 * "Fit to 1 page" / "Fit to 2 pages", then what was left out and which skills that cost. Two parts so
 * the buttons can stay in the column's header while the report scrolls with the résumé below them
 * (in the header it would take the room the résumé needs).
 */
export function useFitPages({ jobId, onFit, onPin, pins, offBullets, changed }: Props): {
  buttons: ReactNode;
  report: ReactNode;
} {
  const [busy, setBusy] = useState<1 | 2 | null>(null);
  const [made, setMade] = useState<{ jobId: number | null; report: FitReport } | null>(null);
  const [check, setCheck] = useState<{ report: FitReport; check: FitCheck } | null>(null);
  const report = made?.jobId === jobId ? made.report : null;
  // The template, page size, margins and text size change the pages as much as the selection does.
  const { options } = useExportSettings();
  const latest = useRef(0);

  // A fit is a promise about the PDF: after any change it is measured again, so the report never says
  // "Fits on 1 page" over a preview of two. Only the newest check may change the screen.
  useEffect(() => {
    if (report === null || jobId === null || options === null) return;
    const seq = ++latest.current;
    api.checkFit({ jobId, pages: report.pages === 1 ? 1 : 2 }).then(
      (next) => {
        if (seq === latest.current) setCheck({ report, check: next });
      },
      // A failed check claims nothing; the report keeps saying what the fit itself measured.
      () => undefined,
    );
  }, [report, jobId, changed, options]);
  const current = check?.report === report ? check.check : null;

  const run = async (pages: 1 | 2) => {
    setBusy(pages);
    try {
      const next = await onFit(pages);
      if (next) setMade({ jobId, report: next });
    } finally {
      setBusy(null);
    }
  };

  return {
    buttons: (
      <div className="fit-buttons" role="group" aria-label="Fit to a page budget">
        {([1, 2] as const).map((pages) => (
          <button
            key={pages}
            type="button"
            className="button-secondary fit-button"
            disabled={busy !== null}
            onClick={() => void run(pages)}
          >
            {busy === pages ? 'Fitting…' : `Fit to ${plural(pages, 'page')}`}
          </button>
        ))}
      </div>
    ),
    report: report && (
      <FitResultCard
        report={report}
        check={current}
        offBullets={offBullets}
        pins={pins}
        busy={busy !== null}
        onPin={onPin}
        onAgain={() => void run(report.pages === 1 ? 1 : 2)}
        onClose={() => setMade(null)}
      />
    ),
  };
}

function FitResultCard({
  report,
  check,
  offBullets,
  pins,
  busy,
  onPin,
  onAgain,
  onClose,
}: {
  report: FitReport;
  check: FitCheck | null;
  offBullets: readonly number[];
  pins: Record<number, BulletPin>;
  busy: boolean;
  onPin: Props['onPin'];
  onAgain: () => void;
  onClose: () => void;
}) {
  const lost = [...report.lostSkills.required, ...report.lostSkills.preferred];
  const off = new Set(offBullets);
  // What is still off now: a bullet ticked again since the fit is no longer "left out".
  const leftOut = report.leftOut.filter((bullet) => off.has(bullet.bulletId));
  const forRoom = leftOut.filter((bullet) => bullet.reason === 'no-room');
  const yours = leftOut.length - forRoom.length;
  const leftOutCount = leftOut.length + report.leftOutEntries.length;
  const broken = check !== null && !check.holds && report.fits;
  const room = check !== null && check.holds ? check.roomFor : 0;
  return (
    <section className="fit-report" aria-label="Fit result" data-testid="fit-report">
      <div className="fit-report-head">
        <p
          className={`fit-headline ${(check?.holds ?? report.fits) ? 'fit-ok' : 'fit-over'}`}
          role="status"
          data-testid="fit-headline"
        >
          {fitHeadline(report, check)} {room > 0 && `There is room for ${plural(room, 'more bullet')} now. `}
          {leftOutCount === 0
            ? 'Nothing was left out.'
            : [
                (report.leftOutEntries.length > 0 || forRoom.length > 0) &&
                  `Left out for room: ${[
                    report.leftOutEntries.length > 0 &&
                      plural(report.leftOutEntries.length, 'entry', 'entries'),
                    forRoom.length > 0 && plural(forRoom.length, 'bullet'),
                  ]
                    .filter(Boolean)
                    .join(' and ')}.`,
                yours > 0 && `Kept off as you chose: ${plural(yours, 'bullet')}.`,
              ]
                .filter(Boolean)
                .join(' ')}
        </p>
        <button type="button" className="button-quiet" aria-label="Close fit result" onClick={onClose}>
          ✕
        </button>
      </div>
      <p className="fit-cost" data-testid="fit-cost">
        {lost.length === 0 ? (
          'No posting skill was lost: everything left out is shown by something kept.'
        ) : (
          <>
            That costs{' '}
            {report.lostSkills.required.length > 0 && (
              <>
                <strong>required: {report.lostSkills.required.join(', ')}</strong>
                {report.lostSkills.preferred.length > 0 && '; '}
              </>
            )}
            {report.lostSkills.preferred.length > 0 && (
              <span>nice-to-have: {report.lostSkills.preferred.join(', ')}</span>
            )}
            .
          </>
        )}
      </p>
      {leftOutCount > 0 && (
        <ul className="left-out-list" aria-label="Left out">
          {report.leftOutEntries.map((entry) => (
            <li key={`entry-${entry.entryId}`} className="left-out-item left-out-entry">
              <span className="left-out-text">
                Whole entry: {[entry.title, entry.organization].filter((s) => s.trim() !== '').join(' — ')}
              </span>
              {entry.skills.length > 0 && <span className="left-out-skills">{entry.skills.join(', ')}</span>}
            </li>
          ))}
          {leftOut.map((bullet) => (
            <li key={bullet.bulletId} className="left-out-item">
              <span className="left-out-text">{bullet.text}</span>
              {bullet.skills.length > 0 && (
                <span className="left-out-skills">{bullet.skills.join(', ')}</span>
              )}
              {bullet.reason === 'pinned-out' ? (
                <span className="left-out-reason">you turned it off</span>
              ) : (
                <button
                  type="button"
                  className="tool-button"
                  aria-pressed={pins[bullet.bulletId] === 'in'}
                  onClick={() => void onPin(bullet.bulletId, pins[bullet.bulletId] === 'in' ? null : 'in')}
                >
                  Pin in
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className={`${broken || room > 0 ? 'button-primary' : 'button-quiet'} fit-again`}
        disabled={busy}
        onClick={onAgain}
      >
        Fit to {plural(report.pages, 'page')} again
      </button>
    </section>
  );
}

/** What the page budget looks like now: the fit's own measure until a check after a change says more. */
function fitHeadline(report: FitReport, check: FitCheck | null): string {
  const pageCount = check?.pageCount ?? report.pageCount;
  if (check?.holds ?? report.fits) return `Fits on ${plural(pageCount, 'page')}.`;
  if (report.fits)
    return `No longer fits: now ${plural(pageCount, 'page')}, not ${report.pages}, after your changes.`;
  return `Still ${plural(pageCount, 'page')}: even one bullet per entry and the pinned ones do not fit on ${plural(report.pages, 'page')}.`;
}
