/**
 * About a screenful of text: what one chunk of the posting view holds. A 2 MB paste is a thousand of
 * them, each laid out only near the screen (CSS content-visibility) and marked in idle time, so no
 * single task draws the whole text (it took 2 s of layout and 4 s of script before).
 */
export const CHUNK_CHARS = 2_000;

/** One piece of a block, offsets into the whole text. */
export interface PostingChunk {
  start: number;
  end: number;
}

/** A run of the text: a block to cut, or a mark not to cut through. */
interface Span {
  start: number;
  end: number;
}

/**
 * Cuts a block into chunks of at most about `size` characters, each ending after a line break when one
 * is near (else after a space, else at the size), never inside a mark (a skill stays one <mark>) nor
 * between the halves of a surrogate pair. The chunks cover the block exactly, in order.
 */
export function chunkBlock(
  text: string,
  block: Span,
  marks: readonly Span[],
  size = CHUNK_CHARS,
): PostingChunk[] {
  const chunks: PostingChunk[] = [];
  const inMark = marks
    .filter((m) => m.end > block.start && m.start < block.end)
    .sort((a, b) => a.start - b.start);
  let start = block.start;
  while (block.end - start > size) {
    const limit = start + size;
    // The last line break or space before the limit, in the second half of the chunk.
    const floor = start + Math.floor(size / 2);
    let cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut <= floor) cut = text.lastIndexOf(' ', limit - 1) + 1;
    if (cut <= floor) cut = limit;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    for (const mark of inMark) if (mark.start < cut && mark.end > cut) cut = mark.end;
    cut = Math.min(cut, block.end);
    chunks.push({ start, end: cut });
    start = cut;
  }
  if (start < block.end || chunks.length === 0) chunks.push({ start, end: block.end });
  return chunks;
}
