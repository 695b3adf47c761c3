import { useState, type ReactNode } from 'react';
import type { BulletPin, FitReport } from '../../../../shared/domain-types';
import { plural } from '../../lib/plural';

interface Props {
  /** A report belongs to the job it was made for: another job's is never shown. */
  jobId: number | null;
  /** Runs the fit and resolves with its report (null when it failed: the error is shown elsewhere). */
  onFit: (pages: 1 | 2) => Promise<FitReport | null>;
  onPin: (bulletId: number, pin: BulletPin | null) => Promise<unknown>;
  /** The pins as they are now, to show "Pin in" pressed in the report. */
  pins: Record<number, BulletPin>;
}

/**
 * "Fit to 1 page" / "Fit to 2 pages", then what was left out and which skills that cost. Two parts so
 * the buttons can stay in the column's header while the report scrolls with the résumé below them
 * (in the header it would take the room the résumé needs).
 */
export function useFitPages({ jobId, onFit, onPin, pins }: Props): { buttons: ReactNode; report: ReactNode } {
  const [busy, setBusy] = useState<1 | 2 | null>(null);
  const [made, setMade] = useState<{ jobId: number | null; report: FitReport } | null>(null);
  const report = made?.jobId === jobId ? made.report : null;

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
  pins,
  busy,
  onPin,
  onAgain,
  onClose,
}: {
  report: FitReport;
  pins: Record<number, BulletPin>;
  busy: boolean;
  onPin: Props['onPin'];
  onAgain: () => void;
  onClose: () => void;
}) {
  const lost = [...report.lostSkills.required, ...report.lostSkills.preferred];
  const leftOutCount = report.leftOut.length + report.leftOutEntries.length;
  return (
    <section className="fit-report" aria-label="Fit result" data-testid="fit-report" role="status">
      <div className="fit-report-head">
        <p className={`fit-headline ${report.fits ? 'fit-ok' : 'fit-over'}`}>
          {report.fits
            ? `Fits on ${plural(report.pageCount, 'page')}.`
            : `Still ${plural(report.pageCount, 'page')}: even one bullet per entry and the pinned ones do not fit on ${plural(report.pages, 'page')}.`}{' '}
          {leftOutCount === 0
            ? 'Nothing was left out.'
            : `Left out ${[
                report.leftOutEntries.length > 0 && plural(report.leftOutEntries.length, 'entry', 'entries'),
                report.leftOut.length > 0 && plural(report.leftOut.length, 'bullet'),
              ]
                .filter(Boolean)
                .join(' and ')}.`}
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
          {report.leftOut.map((bullet) => (
            <li key={bullet.bulletId} className="left-out-item">
              <span className="left-out-text">{bullet.text}</span>
              {bullet.skills.length > 0 && (
                <span className="left-out-skills">{bullet.skills.join(', ')}</span>
              )}
              {bullet.reason === 'pinned-out' ? (
                <span className="left-out-reason">pinned out</span>
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
      <button type="button" className="button-quiet fit-again" disabled={busy} onClick={onAgain}>
        Fit to {plural(report.pages, 'page')} again
      </button>
    </section>
  );
}
