import { useCallback } from 'react';
import type { Profile } from '../../../../core/resume/profile';
import { useSerialSave } from '../../lib/use-serial-save';
import { api } from '../../lib/api';
import { guardEdit } from '../../lib/edit-conflict';
import { EditableField } from '../../ui/editable-field';
import { useResumeSave, useResumeVersions } from './resume-save';

const FIELDS: readonly { key: keyof Profile; label: string; type?: 'email' | 'tel' | 'url' }[] = [
  { key: 'name', label: 'Name' },
  { key: 'headline', label: 'Headline' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'location', label: 'Location' },
  { key: 'website', label: 'Website', type: 'url' },
];

export function ProfileForm({ profile }: { profile: Profile }) {
  const save = useResumeSave();
  const version = useResumeVersions().profile;
  // The channel takes the whole profile: the other fields go along as last stored.
  const send = useCallback(
    async (next: Profile, at: number | undefined) => {
      const resume = await guardEdit('profile', () =>
        save(() => api.updateProfile({ ...next, version: at ?? 0 })),
      );
      return { record: resume.profile, version: resume.versions.profile };
    },
    [save],
  );
  const saveProfile = useSerialSave(profile, send);
  const saveField = (key: keyof Profile) => (text: string, at: number | undefined) =>
    saveProfile(key, text, at);

  return (
    <section className="card profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="card-title">
        Profile
      </h2>
      <div className="profile-grid">
        {FIELDS.map((f) => (
          <EditableField
            key={f.key}
            label={f.label}
            type={f.type}
            value={profile[f.key]}
            version={version}
            onSave={saveField(f.key)}
          />
        ))}
      </div>
      <EditableField
        label="Summary"
        multiline
        rows={4}
        value={profile.summary}
        version={version}
        onSave={saveField('summary')}
      />
    </section>
  );
}
