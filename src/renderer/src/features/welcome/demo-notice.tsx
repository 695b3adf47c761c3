import type { FirstRun } from '../../../../shared/domain-types';
import { useReportError } from '../../lib/error-reporter';
import { plural } from '../../lib/plural';
import { ConfirmAction } from '../../ui/confirm-action';
import { jobName } from '../jobs/job-list';
import { useRemoveDemo } from './use-first-run';

type Demo = FirstRun['demo'];

export const hasDemo = (demo: Demo): boolean => demo.resume !== null || demo.job !== null;

/** What removing the demo deletes, by name, for the confirmation. */
export function demoLoss(demo: Demo): string {
  const parts: string[] = [];
  if (demo.resume) {
    parts.push(
      `the demo résumé of ${demo.resume.name} (${plural(demo.resume.sections, 'section')}, ` +
        `${plural(demo.resume.bullets, 'bullet')}, with any edits you made to it)`,
    );
  }
  if (demo.job) parts.push(`the demo job “${jobName(demo.job)}” with its choices and exports`);
  return `This deletes ${parts.join(' and ')}. Your own jobs stay.`;
}

/** "Remove demo…", then the confirmation naming what goes. */
export function RemoveDemoButton({ demo, onRemoved }: { demo: Demo; onRemoved?: () => void }) {
  const remove = useRemoveDemo();
  const report = useReportError();
  return (
    <ConfirmAction
      label="Remove demo…"
      question={demoLoss(demo)}
      confirmLabel="Remove demo"
      onConfirm={async () => {
        try {
          await remove();
          onRemoved?.();
        } catch (error) {
          report(error);
        }
      }}
    />
  );
}

/** A calm line saying the data on screen is the demo, with the way to remove it. */
export function DemoNotice({ demo, what }: { demo: Demo; what: string }) {
  return (
    <div className="demo-notice" role="note" aria-label="Demo data">
      <span className="demo-tag">Demo</span>
      <span className="demo-notice-text">{what}</span>
      <RemoveDemoButton demo={demo} />
    </div>
  );
}
