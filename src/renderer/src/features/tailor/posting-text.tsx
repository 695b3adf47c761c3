import { memo, useMemo } from 'react';
import type { PostingAnalysis } from '../../../../core/posting/posting-types';
import { HighlightedText, type Mark } from '../../ui/highlighted-text';
import { SECTION_LABELS, marksIn, postingBlocks, type PostingBlock } from './posting-blocks';
import { chunkBlock, type PostingChunk } from './posting-chunks';
import { useIdleCount } from './use-idle-count';

/** Drawn at once: every posting of a usual size (the longest saved pages are about 30 KB). */
const EAGER_CHARS = 60_000;
/** Chunks drawn per idle callback after that: about 30 KB, a few milliseconds of React and layout. */
const IDLE_STEP = 16;
/** The posting's line height (styles.css, .posting-text). */
const LINE_EM = 1.6;

interface ShownChunk {
  /** Offset in the whole text: the React key. */
  start: number;
  text: string;
  marks: Mark[];
  /** Lines it takes at about 80 characters a line: its height until the browser has laid it out. */
  lines: number;
}

/** Characters on a line of the posting column at its usual width (13.5 px text, about 600 px). */
const LINE_CHARS = 80;

function estimatedLines(text: string): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / LINE_CHARS));
  return lines;
}

interface ShownBlock {
  start: number;
  kind: PostingBlock['kind'];
  chunks: ShownChunk[];
  /** Index of its first chunk among all the posting's chunks. */
  first: number;
  /** Estimated lines of all its chunks. */
  lines: number;
}

/**
 * The posting's text in its sections, skills marked. A long paste is drawn chunk by chunk: the first
 * screens at once, the rest in idle time, so no single task draws 2 MB (4 s of script and layout
 * before). Its own memoized component: drawing the next chunks redraws nothing else.
 */
export const PostingText = memo(function PostingText({
  text,
  sections,
  highlights,
}: {
  text: string;
  sections: PostingAnalysis['sections'];
  highlights: PostingAnalysis['highlights'];
}) {
  const marks = useMemo<Mark[]>(
    () => highlights.map((h) => ({ start: h.start, end: h.end, skill: h.skill, level: h.level })),
    [highlights],
  );
  const { blocks, chunkCount, eagerChunks, linesFrom } = useMemo(
    () => shownBlocks(text, postingBlocks(text, sections), marks),
    [text, sections, marks],
  );
  const drawn = useIdleCount(chunkCount, eagerChunks, IDLE_STEP);
  // Focusable so the keyboard can scroll it; labelled so a screen reader says what it is.
  return (
    <div
      className="posting-text"
      data-testid="posting-text"
      tabIndex={0}
      role="region"
      aria-label="Job posting with skills marked"
    >
      {blocks
        .filter((block) => block.first < drawn)
        .map((block) => {
          const label = block.kind === null ? null : SECTION_LABELS[block.kind];
          return (
            <div
              key={block.start}
              className={`posting-block posting-block-${block.kind ?? 'none'}`}
              data-section={block.kind ?? undefined}
              style={{ containIntrinsicSize: `auto ${block.lines * LINE_EM}em` }}
            >
              {label && <span className="posting-block-label">{label}</span>}
              {block.chunks.slice(0, drawn - block.first).map((chunk) => (
                <PostingChunkText key={chunk.start} chunk={chunk} />
              ))}
            </div>
          );
        })}
      {/* The chunks still to come hold their estimated room, so the scrollbar says how long it is. */}
      {drawn < chunkCount && (
        <div
          className="posting-rest"
          aria-hidden="true"
          style={{ height: `${(linesFrom[drawn] ?? 0) * LINE_EM}em` }}
        />
      )}
    </div>
  );
});

/**
 * One chunk: its own element, so the browser lays out only the chunks near the screen
 * (`.posting-chunk` in styles.css), and memoized, so drawing the next chunks leaves it alone.
 */
const PostingChunkText = memo(function PostingChunkText({ chunk }: { chunk: ShownChunk }) {
  return (
    // The estimate is set through the DOM (a CSSOM property, allowed by the CSP), never as markup. It
    // keeps the scrollbar near the truth before a chunk is first laid out.
    <div className="posting-chunk" style={{ containIntrinsicSize: `auto ${chunk.lines * LINE_EM}em` }}>
      <HighlightedText text={chunk.text} marks={chunk.marks} />
    </div>
  );
});

/** Blocks cut into chunks, each with its text and its marks; linear in text and marks. */
function shownBlocks(
  text: string,
  blocks: PostingBlock[],
  marks: readonly Mark[],
): { blocks: ShownBlock[]; chunkCount: number; eagerChunks: number; linesFrom: number[] } {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let from = 0;
  // The marks that reach into a span; spans come in text order, so `from` only moves forward.
  const within = (span: PostingChunk): Mark[] => {
    while (from < sorted.length && (sorted[from] as Mark).end <= span.start) from++;
    const found: Mark[] = [];
    for (let k = from; k < sorted.length && (sorted[k] as Mark).start < span.end; k++) {
      if ((sorted[k] as Mark).end > span.start) found.push(sorted[k] as Mark);
    }
    return found;
  };
  let chunkCount = 0;
  let eagerChunks = 0;
  const shown = blocks.map((block): ShownBlock => {
    const chunks = chunkBlock(text, block, within(block)).map((chunk) => ({
      start: chunk.start,
      text: text.slice(chunk.start, chunk.end),
      marks: marksIn(chunk, within(chunk)),
      lines: estimatedLines(text.slice(chunk.start, chunk.end)),
    }));
    const first = chunkCount;
    chunkCount += chunks.length;
    for (const chunk of chunks) if (chunk.start < EAGER_CHARS) eagerChunks++;
    const lines = chunks.reduce((sum, chunk) => sum + chunk.lines, 0);
    return { start: block.start, kind: block.kind, chunks, first, lines };
  });
  // linesFrom[i]: the estimated lines of chunk i and every chunk after it.
  const lines = shown.flatMap((block) => block.chunks.map((chunk) => chunk.lines));
  const linesFrom = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) linesFrom[i] = (linesFrom[i + 1] ?? 0) + (lines[i] ?? 0);
  return { blocks: shown, chunkCount, eagerChunks, linesFrom };
}
