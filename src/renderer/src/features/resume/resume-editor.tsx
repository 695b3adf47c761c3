import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { afterResumeWrite } from '../../lib/invalidate';
import { keys } from '../../lib/query-keys';
import { AddSectionForm } from './add-section-form';
import { ExportMasterButtons } from './export-master-buttons';
import type { RecognisedImport, VersionedResume } from '../../../../shared/domain-types';
import { ImportReview } from '../import/import-review';
import { ImportStart } from '../import/import-start';
import { importDoneText } from '../import/import-done';
import { ProfileForm } from './profile-form';
import { ResumeSaveContext, ResumeVersionsContext, type SaveResume } from './resume-save';
import { SaveStatus, type SaveState } from './save-status';
import { SectionCard } from './section-card';
import { DemoNotice } from '../welcome/demo-notice';
import { useFirstRun } from '../welcome/use-first-run';

interface Props {
  resume: VersionedResume;
  /** Bumped when the welcome's "Import my résumé" sends the user here: the import opens, focused. */
  importRequest?: number;
  /** A file dropped on the welcome, read as soon as the import opens. */
  importFile?: File | null;
}

export function ResumeEditor({ resume, importRequest = 0, importFile = null }: Props) {
  const demo = useFirstRun()?.demo ?? null;
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationKey: keys.resume,
    mutationFn: (call: () => Promise<VersionedResume>) => call(),
    onSuccess: (next) => {
      // Main applies writes in the order they were sent, so the reply to the last one holds every
      // earlier change: an earlier reply arriving while later writes are on their way is not shown.
      if (queryClient.isMutating({ mutationKey: keys.resume }) === 1)
        queryClient.setQueryData(keys.resume, next);
      afterResumeWrite(queryClient);
    },
    onError: () => {
      // The last write failed (another window's text among the reasons): show what main holds, earlier
      // writes included. A field refused for a conflict keeps the user's text as a draft meanwhile.
      if (queryClient.isMutating({ mutationKey: keys.resume }) === 1)
        void queryClient.invalidateQueries({ queryKey: keys.resume });
    },
  });
  const pending = useIsMutating({ mutationKey: keys.resume });
  // The failure is told next to the field or button that caused it; here "Saved" just goes away.
  const state: SaveState = pending > 0 ? 'saving' : change.isSuccess ? 'saved' : 'idle';
  const save = change.mutateAsync satisfies SaveResume;

  const hasContent = resume.sections.length > 0 || Object.values(resume.profile).some((v) => v.trim() !== '');

  // The import: the ways in (a card under the toolbar), then the review in place of the editor.
  const [startOpen, setStartOpen] = useState(false);
  const [reviewing, setReviewing] = useState<RecognisedImport | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Handed to the import once: a cancelled review must not read the welcome's file again.
  const [pendingFile, setPendingFile] = useState<File | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // A new request from the welcome opens the import with its file: set while rendering (React's
  // pattern for state that follows a prop), so no frame shows the page without it.
  const [seenRequest, setSeenRequest] = useState(0);
  if (importRequest !== seenRequest) {
    setSeenRequest(importRequest);
    setReviewing(null);
    setPendingFile(importFile);
    setStartOpen(true);
  }
  useEffect(() => {
    if (done !== null) doneRef.current?.focus();
  }, [done]);

  if (reviewing !== null) {
    return (
      <ImportReview
        read={reviewing}
        resume={resume}
        initialMode={!hasContent || demo?.resume ? 'replace' : 'merge'}
        onDone={(applied, name) => {
          setReviewing(null);
          setStartOpen(false);
          setDone(importDoneText(applied, name));
        }}
        onCancel={() => setReviewing(null)}
      />
    );
  }

  return (
    <ResumeSaveContext.Provider value={save}>
      <ResumeVersionsContext.Provider value={resume.versions}>
        <div className="resume-editor">
          <div className="toolbar">
            <div>
              <h2 className="page-title">Master résumé</h2>
              <p className="page-hint">
                Everything you have done, once. Each job gets its own selection of it in Tailor. Changes save
                as you type.
              </p>
            </div>
            <div className="toolbar-actions">
              <SaveStatus state={state} />
              <button
                ref={importButton}
                type="button"
                className="button-secondary"
                aria-expanded={startOpen}
                onClick={() => {
                  setDone(null);
                  setStartOpen((open) => !open);
                }}
              >
                Import résumé…
              </button>
              <ExportMasterButtons />
            </div>
          </div>
          {startOpen && (
            <ImportStart
              key={importRequest}
              file={pendingFile}
              onRecognised={(read) => {
                setPendingFile(null);
                setDone(null);
                setReviewing(read);
              }}
              onClose={() => {
                setPendingFile(null);
                setStartOpen(false);
                importButton.current?.focus();
              }}
            />
          )}
          {done !== null && (
            <p ref={doneRef} tabIndex={-1} className="import-done" role="status">
              {done}
            </p>
          )}
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
      </ResumeVersionsContext.Provider>
    </ResumeSaveContext.Provider>
  );
}
