import { useId, useRef } from 'react';
import type { EntryDraft, ResumeDraft, SectionDraft } from '../../../../core/resume/resume-draft';
import { PROFILE_FIELDS, type Profile } from '../../../../core/resume/profile';
import { SECTION_KINDS, type SectionKind } from '../../../../core/resume/section';
import { entryLabel } from '../../lib/resume-labels';
import { KIND_LABELS } from '../resume/section-kinds';

export const PROFILE_LABELS: Record<keyof Profile, string> = {
  name: 'Name',
  headline: 'Headline',
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  website: 'Website',
  summary: 'Summary',
};

const ENTRY_FIELDS = [
  ['title', 'Title'],
  ['organization', 'Organization'],
  ['location', 'Location'],
  ['startDate', 'Start'],
  ['endDate', 'End'],
] as const;

interface Props {
  draft: ResumeDraft;
  onChange: (next: ResumeDraft) => void;
}

function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  hideLabel?: boolean;
}) {
  const id = useId();
  const { label, value, onChange, multiline, hideLabel } = props;
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          rows={Math.min(6, Math.max(2, Math.ceil(value.length / 90)))}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/**
 * What the reader recognised, every field editable before anything is stored: the profile, then each
 * section with its kind and title, its entries with dates, and their bullets. Edits change the draft only.
 */
export function ReviewDraft({ draft, onChange }: Props) {
  const setProfile = (field: keyof Profile, value: string) =>
    onChange({ ...draft, profile: { ...draft.profile, [field]: value } });
  const setSection = (at: number, next: SectionDraft) =>
    onChange({ ...draft, sections: draft.sections.map((s, i) => (i === at ? next : s)) });

  return (
    <div className="review-draft">
      <section className="review-block" aria-labelledby="review-profile">
        <h3 id="review-profile" className="review-block-title">
          Profile
        </h3>
        <div className="review-profile-grid">
          {PROFILE_FIELDS.filter((f) => f !== 'summary').map((f) => (
            <Field
              key={f}
              label={PROFILE_LABELS[f]}
              value={draft.profile[f]}
              onChange={(v) => setProfile(f, v)}
            />
          ))}
        </div>
        <Field
          label="Summary"
          multiline
          value={draft.profile.summary}
          onChange={(v) => setProfile('summary', v)}
        />
      </section>
      {draft.sections.length === 0 && <p className="empty-note">No sections were recognised.</p>}
      {draft.sections.map((section, at) => (
        <ReviewSection key={at} section={section} onChange={(next) => setSection(at, next)} />
      ))}
    </div>
  );
}

function ReviewSection({
  section,
  onChange,
}: {
  section: SectionDraft;
  onChange: (next: SectionDraft) => void;
}) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const setEntry = (at: number, next: EntryDraft) =>
    onChange({ ...section, entries: section.entries.map((e, i) => (i === at ? next : e)) });
  // Left out by the user (a misread line, a page footer): focus goes to the section, not to the page.
  const leaveOut = (at: number) => {
    onChange({ ...section, entries: section.entries.filter((_e, i) => i !== at) });
    headingRef.current?.focus();
  };
  const unplaced = section.kind === 'custom';
  return (
    <section className={`review-block ${unplaced ? 'review-unplaced' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="review-block-title">
        {section.title || KIND_LABELS[section.kind]}
      </h3>
      {unplaced && (
        <p className="review-flag">
          Not placed in a known section: kept here so nothing is lost. Change its kind, or move the lines
          after the import.
        </p>
      )}
      <div className="review-section-fields">
        <Field
          label="Section title"
          value={section.title}
          onChange={(title) => onChange({ ...section, title })}
        />
        <div className="field">
          <label htmlFor={`${id}-kind`} className="field-label">
            Kind
          </label>
          <select
            id={`${id}-kind`}
            value={section.kind}
            onChange={(e) => onChange({ ...section, kind: e.target.value as SectionKind })}
          >
            {SECTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'custom' ? 'Other' : KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {section.entries.map((entry, at) => (
        <ReviewEntry
          key={at}
          entry={entry}
          onChange={(next) => setEntry(at, next)}
          onLeaveOut={() => leaveOut(at)}
        />
      ))}
    </section>
  );
}

function ReviewEntry(props: {
  entry: EntryDraft;
  onChange: (next: EntryDraft) => void;
  onLeaveOut: () => void;
}) {
  const { entry, onChange, onLeaveOut } = props;
  const name = entryLabel(entry);
  const listRef = useRef<HTMLOListElement>(null);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const setBullet = (at: number, text: string) =>
    onChange({ ...entry, bullets: entry.bullets.map((b, i) => (i === at ? { text } : b)) });
  // Focus goes to the bullet that takes its place, or the one before, or the entry's first field.
  const leaveOutBullet = (at: number) => {
    onChange({ ...entry, bullets: entry.bullets.filter((_b, i) => i !== at) });
    const next = Math.min(at, entry.bullets.length - 2);
    requestAnimationFrame(() => {
      const target =
        next >= 0
          ? listRef.current?.querySelectorAll('textarea')[next]
          : fieldsRef.current?.querySelector('input');
      target?.focus();
    });
  };
  return (
    <fieldset className="review-entry">
      <legend className="review-entry-name">{name}</legend>
      <div className="review-entry-fields" ref={fieldsRef}>
        {ENTRY_FIELDS.map(([field, label]) => (
          <Field
            key={field}
            label={label}
            value={entry[field]}
            onChange={(v) => onChange({ ...entry, [field]: v })}
          />
        ))}
      </div>
      {(entry.summary !== '' || entry.detail !== '' || entry.courses !== '' || entry.url !== '') && (
        <div className="review-entry-more">
          {entry.summary !== '' && (
            <Field
              label="Summary"
              multiline
              value={entry.summary}
              onChange={(summary) => onChange({ ...entry, summary })}
            />
          )}
          {entry.detail !== '' && (
            <Field
              label="Detail"
              value={entry.detail}
              onChange={(detail) => onChange({ ...entry, detail })}
            />
          )}
          {entry.url !== '' && (
            <Field label="Link" value={entry.url} onChange={(url) => onChange({ ...entry, url })} />
          )}
          {entry.courses !== '' && (
            <Field
              label="Courses"
              multiline
              value={entry.courses}
              onChange={(courses) => onChange({ ...entry, courses })}
            />
          )}
        </div>
      )}
      {entry.bullets.length > 0 && (
        <ol className="review-bullets" aria-label={`Bullets of ${name}`} ref={listRef}>
          {entry.bullets.map((bullet, at) => (
            <li key={at} className="review-bullet">
              <Field
                label={`Bullet ${at + 1} of ${name}`}
                hideLabel
                multiline
                value={bullet.text}
                onChange={(text) => setBullet(at, text)}
              />
              <button
                type="button"
                className="button-quiet"
                aria-label={`Leave out bullet ${at + 1} of ${name}`}
                onClick={() => leaveOutBullet(at)}
              >
                Leave out
              </button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button type="button" className="button-quiet" aria-label={`Leave out ${name}`} onClick={onLeaveOut}>
          Leave out
        </button>
      </div>
    </fieldset>
  );
}
