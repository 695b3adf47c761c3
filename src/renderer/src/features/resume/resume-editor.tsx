import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resume } from '../../../../core/resume/resume';
import { invalidateResumeReaders } from '../../lib/invalidate';
import { keys } from '../../lib/query-keys';
import { AddSectionForm } from './add-section-form';
import { ExportMasterButtons } from './export-master-buttons';
import { ImportJsonButton } from './import-json-button';
import { ProfileForm } from './profile-form';
import { ResumeSaveContext, type SaveResume } from './resume-save';
import { SaveStatus, type SaveState } from './save-status';
import { SectionCard } from './section-card';
import { DemoNotice } from '../welcome/demo-notice';
import { useFirstRun } from '../welcome/use-first-run';

interface Props {
  resume: Resume;
  /** Bumped when the welcome's "Import my résumé" sends the user here: focus goes to the import. */
  importRequest?: number;
}

export function ResumeEditor({ resume, importRequest = 0 }: Props) {
  const demo = useFirstRun()?.demo ?? null;
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationKey: keys.resume,
    mutationFn: (call: () => Promise<Resume>) => call(),
    onSuccess: (next) => {
      // Main applies writes in the order they were sent, so the reply to the last one holds every
      // earlier change: an earlier reply arriving while later writes are on their way is not shown.
      if (queryClient.isMutating({ mutationKey: keys.resume }) === 1)
        queryClient.setQueryData(keys.resume, next);
      invalidateResumeReaders(queryClient);
    },
    onError: () => {
      // The last write failed: show what main holds, earlier writes included.
      if (queryClient.isMutating({ mutationKey: keys.resume }) === 1)
        void queryClient.invalidateQueries({ queryKey: keys.resume });
    },
  });
  const pending = useIsMutating({ mutationKey: keys.resume });
  // The failure is told next to the field or button that caused it; here "Saved" just goes away.
  const state: SaveState = pending > 0 ? 'saving' : change.isSuccess ? 'saved' : 'idle';
  const save = change.mutateAsync satisfies SaveResume;

  const hasContent = resume.sections.length > 0 || Object.values(resume.profile).some((v) => v.trim() !== '');

  return (
    <ResumeSaveContext.Provider value={save}>
      <div className="resume-editor">
        <div className="toolbar">
          <div>
            <h2 className="page-title">Master résumé</h2>
            <p className="page-hint">
              Everything you have done, once. Each job gets its own selection of it in Tailor. Changes save as
              you type.
            </p>
          </div>
          <div className="toolbar-actions">
            <SaveStatus state={state} />
            <ImportJsonButton hasContent={hasContent} focusRequest={importRequest} />
            <ExportMasterButtons />
          </div>
        </div>
        {demo?.resume && (
          <DemoNotice
            demo={demo}
            what={`This is the demo résumé of ${demo.resume.name}, here to try the app. Import yours, or edit this one into yours.`}
          />
        )}
        <ProfileForm profile={resume.profile} />
        {resume.sections.map((section) => (
          <SectionCard key={section.id} section={section} />
        ))}
        <AddSectionForm />
      </div>
    </ResumeSaveContext.Provider>
  );
}
