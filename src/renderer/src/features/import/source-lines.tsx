import type { UnsureNote } from '../../../../shared/domain-types';

interface Props {
  lines: string[];
  unsure: UnsureNote[];
}

/** The line's element id, for the notes' "line N" links. */
export const sourceLineId = (line: number) => `import-source-line-${line}`;

/**
 * The text the reader read, numbered as its notes are, with the lines it was unsure of marked (in the
 * text as well as by colour, so a screen reader hears it too).
 */
export function SourceLines({ lines, unsure }: Props) {
  const flagged = new Set(unsure.flatMap((n) => (n.line === null ? [] : [n.line])));
  if (lines.length === 0) {
    return <p className="empty-note">This file type does not give its text to show beside the draft.</p>;
  }
  return (
    <ol className="source-lines" aria-label="Source text">
      {lines.map((text, i) => {
        const number = i + 1;
        const unsureHere = flagged.has(number);
        return (
          <li
            key={number}
            id={sourceLineId(number)}
            tabIndex={-1}
            className={unsureHere ? 'source-line source-line-unsure' : 'source-line'}
          >
            <span className="source-line-number" aria-hidden="true">
              {number}
            </span>
            <span className="source-line-text">{text === '' ? '\u00a0' : text}</span>
            {unsureHere && <span className="visually-hidden"> (the reader was unsure of this line)</span>}
          </li>
        );
      })}
    </ol>
  );
}
