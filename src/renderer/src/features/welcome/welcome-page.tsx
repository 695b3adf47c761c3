import { useEffect, useRef, useState } from 'react';
import type { FirstRun } from '../../../../shared/domain-types';
import { useReportError } from '../../lib/error-reporter';
import { jobName } from '../jobs/job-list';
import { demoLoss, hasDemo } from './demo-notice';
import { useRemoveDemo } from './use-first-run';
import './welcome.css';

export type WelcomeChoice =
  { way: 'import'; file?: File } | { way: 'blank' } | { way: 'demo'; jobId: number | null };

interface Props {
  firstRun: FirstRun;
  onChoose: (choice: WelcomeChoice) => void;
}

/**
 * Three ways in, each one click: bring my résumé, start from nothing, or look around with the demo.
 * Shown by itself once (the first run); the header's "Welcome" opens it again.
 */
export function WelcomePage({ firstRun, onChoose }: Props) {
  const { demo } = firstRun;
  const remove = useRemoveDemo();
  const report = useReportError();
  const [confirmBlank, setConfirmBlank] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dropOver, setDropOver] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // Focus starts on the heading, so a screen reader reads the welcome first.
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (confirmBlank) confirmRef.current?.focus();
  }, [confirmBlank]);

  const startBlank = async () => {
    setBusy(true);
    try {
      await remove();
      onChoose({ way: 'blank' });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome-title" tabIndex={-1} ref={headingRef}>
        Welcome to Résumé Tailor
      </h2>
      <p className="welcome-lead">
        Keep one master résumé, paste a job posting, and see which of its skills your résumé shows. Pick the
        bullets that prove them and export a PDF that fits the page. Everything stays on this computer.
      </p>
      <ul className="welcome-ways" aria-label="Ways to start">
        <li
          className={`welcome-way ${dropOver ? 'welcome-way-drop' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDropOver(true);
          }}
          onDragLeave={() => setDropOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDropOver(false);
            const file = e.dataTransfer.files[0];
            if (file !== undefined) onChoose({ way: 'import', file });
          }}
        >
          <h3 className="welcome-way-title">Import my résumé</h3>
          <p className="welcome-way-text">
            From a PDF, Word file, LinkedIn export, JSON Resume or pasted text (or drop the file here). You
            review what was read before it replaces the demo; a backup is kept first.
          </p>
          <button type="button" className="button-primary" onClick={() => onChoose({ way: 'import' })}>
            Import my résumé
          </button>
        </li>
        <li className="welcome-way">
          <h3 className="welcome-way-title">Start blank</h3>
          <p className="welcome-way-text">
            {hasDemo(demo)
              ? 'An empty résumé to fill in yourself. The demo résumé and demo job are removed.'
              : 'Go to your résumé and fill it in yourself.'}
          </p>
          {confirmBlank ? (
            <div className="confirm confirm-block" role="group" aria-label="Confirm start blank">
              <span className="confirm-question">{demoLoss(demo)}</span>
              <button
                ref={confirmRef}
                type="button"
                className="button-danger"
                disabled={busy}
                onClick={() => void startBlank()}
              >
                Remove demo and start blank
              </button>
              <button type="button" className="button-quiet" onClick={() => setConfirmBlank(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button-secondary"
              onClick={() => (hasDemo(demo) ? setConfirmBlank(true) : onChoose({ way: 'blank' }))}
            >
              Start blank
            </button>
          )}
        </li>
        <li className="welcome-way">
          <h3 className="welcome-way-title">Explore the demo</h3>
          <p className="welcome-way-text">
            {demo.resume || demo.job
              ? `${demo.resume ? `${demo.resume.name}’s sample résumé` : 'A sample'}${
                  demo.job ? ` and the job “${jobName(demo.job)}”` : ''
                }, marked “Demo”. Remove them in one click when you are done.`
              : 'The demo was removed. Your own résumé and jobs are not affected by this page.'}
          </p>
          <button
            type="button"
            className="button-secondary"
            disabled={!hasDemo(demo)}
            onClick={() => onChoose({ way: 'demo', jobId: demo.job?.id ?? null })}
          >
            Explore the demo
          </button>
        </li>
      </ul>
      <p className="welcome-foot">You can open this page again from “Welcome” at the top.</p>
    </section>
  );
}
