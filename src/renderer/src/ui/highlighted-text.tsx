import { memo, useMemo } from 'react';
import { highlightSegments } from '../lib/highlight-segments';

export type MarkLevel = 'required' | 'preferred' | 'soft' | 'other';

export interface Mark {
  start: number;
  end: number;
  skill: string;
  level: MarkLevel;
}

const LEVEL_WORDS: Record<MarkLevel, string> = {
  required: 'required skill',
  preferred: 'nice-to-have skill',
  soft: 'soft skill, not in the score',
  other: 'skill',
};

/**
 * Text with skill mentions as <mark> elements. Built from text nodes only (never an HTML string), so a
 * posting pasted from the web is always shown, never run.
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  marks,
}: {
  text: string;
  marks: Mark[];
}) {
  const segments = useMemo(
    () =>
      highlightSegments(
        text,
        marks.map((m) => ({ start: m.start, end: m.end, data: m })),
      ),
    [text, marks],
  );
  return (
    <>
      {segments.map((segment) =>
        segment.highlight ? (
          <mark
            key={segment.start}
            className={`skill-mark skill-${segment.data.level}`}
            data-skill={segment.data.skill}
            data-level={segment.data.level}
            title={`${segment.data.skill} — ${LEVEL_WORDS[segment.data.level]}`}
          >
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
});
