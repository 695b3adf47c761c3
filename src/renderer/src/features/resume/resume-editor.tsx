import { useCallback, useRef, useState } from 'react';
import type { Resume } from '../../../../core/resume/resume';
import { AddSectionForm } from './add-section-form';
import { ExportMasterButtons } from './export-master-buttons';
import { ImportJsonButton } from './import-json-button';
import { ProfileForm } from './profile-form';
import { ResumeSaveContext, type SaveResume } from './resume-save';
import { SaveStatus, type SaveState } from './save-status';
import { SectionCard } from './section-card';

interface Props {
  resume: Resume;
  onResume: (resume: Resume) => void;
}

export function ResumeEditor({ resume, onResume }: Props) {
  const [state, setState] = useState<SaveState>('idle');
  const sent = useRef(0);
  const applied = useRef(0);
  const pending = useRef(0);

  const save = useCallback<SaveResume>(
    async (call) => {
      const seq = ++sent.current;
      pending.current++;
      setState('saving');
      try {
        const next = await call();
        // Main applies writes in the order they were sent, so the reply to the latest request holds
        // every earlier change; an older reply arriving late must not roll the screen back.
        if (seq > applied.current) {
          applied.current = seq;
          onResume(next);
        }
        pending.current--;
        setState(pending.current > 0 ? 'saving' : 'saved');
        return next;
      } catch (error) {
        pending.current--;
        // The failure is told next to the field or button that caused it; here "Saved" just goes away.
        setState(pending.current > 0 ? 'saving' : 'idle');
        throw error;
      }
    },
    [onResume],
  );

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
            <ImportJsonButton hasContent={hasContent} />
            <ExportMasterButtons />
          </div>
        </div>
        <ProfileForm profile={resume.profile} />
        {resume.sections.map((section) => (
          <SectionCard key={section.id} section={section} />
        ))}
        <AddSectionForm />
      </div>
    </ResumeSaveContext.Provider>
  );
}
