import type { PostingSectionKind, PostingSectionSpan } from '../../../../core/posting/posting-types';
import type { Mark } from '../../ui/highlighted-text';

/** A run of the posting shown under one label; `kind` null for text no section covers. */
export interface PostingBlock {
  start: number;
  end: number;
  kind: PostingSectionKind | null;
}

/** What the label at a block's start says; null: no label (the header, an unnamed part). */
export const SECTION_LABELS: Record<PostingSectionKind, string | null> = {
  about: 'About the company',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  preferred: 'Nice to have',
  benefits: 'Benefits',
  apply: 'How to apply',
  other: null,
  noise: 'Not part of this posting',
};

const BLANK_RE = /^\s*$/;

/**
 * Cuts the whole text into blocks that follow the sections the engine found. Offsets come from another
 * process, so they are clamped and overlaps dropped. Neighbours of one kind become one block (a job
 * board's page noise is a dozen spans in a row, shown under one label), and the blank lines between two
 * sections join the block before them.
 */
export function postingBlocks(text: string, sections: readonly PostingSectionSpan[]): PostingBlock[] {
  const blocks: PostingBlock[] = [];
  const push = (start: number, end: number, kind: PostingSectionKind | null) => {
    if (end <= start) return;
    const last = blocks.at(-1);
    if (last !== undefined && last.end === start) {
      const gap = kind === null && BLANK_RE.test(text.slice(start, end));
      if (last.kind === kind || gap) {
        last.end = end;
        return;
      }
    }
    blocks.push({ start, end, kind });
  };

  const sorted = sections
    .map((s) => ({ kind: s.kind, start: clamp(s.start, text.length), end: clamp(s.end, text.length) }))
    .sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const section of sorted) {
    const start = Math.max(section.start, cursor);
    if (section.end <= start) continue;
    push(cursor, start, null);
    push(start, section.end, section.kind);
    cursor = section.end;
  }
  push(cursor, text.length, null);
  return blocks;
}

/** The marks inside one block (or chunk), with offsets made relative to its start. */
export function marksIn(block: Pick<PostingBlock, 'start' | 'end'>, marks: readonly Mark[]): Mark[] {
  const inside: Mark[] = [];
  for (const mark of marks) {
    if (mark.end <= block.start || mark.start >= block.end) continue;
    inside.push({
      ...mark,
      start: Math.max(mark.start, block.start) - block.start,
      end: Math.min(mark.end, block.end) - block.start,
    });
  }
  return inside;
}

const clamp = (offset: number, length: number): number =>
  Number.isFinite(offset) ? Math.max(0, Math.min(length, Math.trunc(offset))) : 0;
