import type { Resume } from '../resume/resume';
import { DEFAULT_SECTION_TITLES, isListKind } from '../resume/section';
import type { FontStyle } from './font-metrics';
import { toDrawnText } from './drawn-text';
import { COURSES_TITLE, FIELD_STYLES, SUMMARY_TITLE, type Template } from './template-style';

/** A piece of text the template draws, where it comes from, and the face it is drawn in. */
export interface DrawnField {
  /** Where a person finds it in the editor, e.g. "experience › Acme › bullet 3". */
  label: string;
  /** As drawn: normalized. */
  text: string;
  style: FontStyle;
}

const SEP = ' \u203A ';
const LABEL_MAX = 40;

/** Every field the template draws, in reading order, with the style it is drawn in. */
export function* drawnFields(resume: Resume, template: Template): Generator<DrawnField> {
  const { profile } = resume;
  yield { label: `profile${SEP}name`, text: toDrawnText(profile.name), style: FIELD_STYLES.name };
  for (const key of ['email', 'phone', 'location', 'website'] as const) {
    yield { label: `profile${SEP}${key}`, text: toDrawnText(profile[key]), style: FIELD_STYLES.contact };
  }
  yield {
    label: `profile${SEP}headline`,
    text: toDrawnText(profile.headline),
    style: FIELD_STYLES.headline,
  };
  yield { label: `profile${SEP}summary`, text: toDrawnText(profile.summary), style: FIELD_STYLES.summary };
  const symbols = Object.values(template.symbols).join('') + SUMMARY_TITLE + COURSES_TITLE + '()';
  for (const style of ['regular', 'bold'] as const) yield { label: 'template symbols', text: symbols, style };

  for (const section of resume.sections) {
    const sectionTitle = toDrawnText(section.title) || DEFAULT_SECTION_TITLES[section.kind];
    const sectionLabel = shorten(sectionTitle);
    yield {
      label: `${sectionLabel}${SEP}title`,
      text: sectionTitle,
      style: FIELD_STYLES.heading,
    };
    const skills = isListKind(section.kind);
    for (const [e, entry] of section.entries.entries()) {
      const name = toDrawnText(entry.organization) || toDrawnText(entry.title) || `entry ${e + 1}`;
      const at = `${sectionLabel}${SEP}${shorten(name)}${SEP}`;
      const titleStyle = skills ? FIELD_STYLES.skillTitle : FIELD_STYLES.entryTitle;
      yield { label: `${at}title`, text: toDrawnText(entry.title), style: titleStyle };
      yield {
        label: `${at}organization`,
        text: toDrawnText(entry.organization),
        style: FIELD_STYLES.organization,
      };
      yield { label: `${at}location`, text: toDrawnText(entry.location), style: FIELD_STYLES.location };
      yield { label: `${at}start date`, text: toDrawnText(entry.startDate), style: FIELD_STYLES.dates };
      yield { label: `${at}end date`, text: toDrawnText(entry.endDate), style: FIELD_STYLES.dates };
      const detailStyle = skills ? FIELD_STYLES.skillTitle : FIELD_STYLES.detail;
      yield { label: `${at}detail`, text: toDrawnText(entry.detail), style: detailStyle };
      yield { label: `${at}link`, text: toDrawnText(entry.url), style: FIELD_STYLES.entryUrl };
      yield { label: `${at}summary`, text: toDrawnText(entry.summary), style: FIELD_STYLES.entrySummary };
      yield { label: `${at}courses`, text: toDrawnText(entry.courses), style: FIELD_STYLES.skillItems };
      const bulletStyle = skills ? FIELD_STYLES.skillItems : FIELD_STYLES.bullet;
      for (const [b, bullet] of entry.bullets.entries()) {
        yield { label: `${at}bullet ${b + 1}`, text: toDrawnText(bullet.text), style: bulletStyle };
      }
    }
  }
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length <= LABEL_MAX ? text : `${chars.slice(0, LABEL_MAX - 1).join('')}\u2026`;
}

/**
 * The résumé with every drawn text passed through `fn` with the face it is drawn in: the same fields
 * as `drawnFields`, so a replacement lands exactly where the check found the character.
 */
export function mapDrawnTexts(resume: Resume, fn: (text: string, style: FontStyle) => string): Resume {
  const { profile } = resume;
  return {
    profile: {
      ...profile,
      name: fn(profile.name, FIELD_STYLES.name),
      email: fn(profile.email, FIELD_STYLES.contact),
      phone: fn(profile.phone, FIELD_STYLES.contact),
      location: fn(profile.location, FIELD_STYLES.contact),
      website: fn(profile.website, FIELD_STYLES.contact),
      headline: fn(profile.headline, FIELD_STYLES.headline),
      summary: fn(profile.summary, FIELD_STYLES.summary),
    },
    sections: resume.sections.map((section) => {
      const skills = isListKind(section.kind);
      return {
        ...section,
        title: fn(section.title, FIELD_STYLES.heading),
        entries: section.entries.map((entry) => ({
          ...entry,
          title: fn(entry.title, skills ? FIELD_STYLES.skillTitle : FIELD_STYLES.entryTitle),
          organization: fn(entry.organization, FIELD_STYLES.organization),
          location: fn(entry.location, FIELD_STYLES.location),
          startDate: fn(entry.startDate, FIELD_STYLES.dates),
          endDate: fn(entry.endDate, FIELD_STYLES.dates),
          detail: fn(entry.detail, skills ? FIELD_STYLES.skillTitle : FIELD_STYLES.detail),
          url: fn(entry.url, FIELD_STYLES.entryUrl),
          summary: fn(entry.summary, FIELD_STYLES.entrySummary),
          courses: fn(entry.courses, FIELD_STYLES.skillItems),
          bullets: entry.bullets.map((bullet) => ({
            ...bullet,
            text: fn(bullet.text, skills ? FIELD_STYLES.skillItems : FIELD_STYLES.bullet),
          })),
        })),
      };
    }),
  };
}
