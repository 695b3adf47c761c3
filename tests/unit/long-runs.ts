import fc from 'fast-check';

/*
 * Inputs that make a backtracking regex slow: long runs of one piece ("aaaa...", "    ...", "a.a.a...")
 * with something after them that fails the match ("x", "!", a newline). Each piece is a shape some
 * pattern of the core could trip on: word characters, dots, spaces of several kinds, markdown
 * decorations, the start of a URL, an e-mail, a number of years, a heading colon.
 */
export const RUN_PIECES = [
  'a',
  'A',
  '1',
  '.',
  ' ',
  '\u00A0',
  '\t',
  '\n',
  '*',
  '=',
  '-',
  ':',
  '@',
  'a.',
  'a@',
  'aA',
  'A1',
  '1.',
  '1,000',
  ', ',
  ' -',
  ' a',
  '  a',
  'a ',
  'http://',
  'www.',
  '$1',
  '1 yrs ',
  'experience ',
  'is ',
  'nice to have ',
  'Sign in  ',
  'Jobs  ',
  '<p ',
  '&a',
  'skill icon',
  '\uD83D\uDE00',
  '\uD83D',
] as const;

const ENDS = ['', 'x', '!', '\n', ' x', ':', '.com', '@b', ' experience'] as const;

export interface RunsShape {
  runs: { piece: string; weight: number }[];
  end: string;
}

/** One to four runs, each `weight` units long, and an ending. */
export const runsShape: fc.Arbitrary<RunsShape> = fc.record({
  runs: fc.array(
    fc.record({ piece: fc.constantFrom(...RUN_PIECES), weight: fc.integer({ min: 1, max: 3 }) }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  end: fc.constantFrom(...ENDS),
});

/** The text of `shape` with each run about `weight * unit` characters long. */
export function runsText(shape: RunsShape, unit: number): string {
  return (
    shape.runs.map(({ piece, weight }) => piece.repeat(Math.ceil((weight * unit) / piece.length))).join('') +
    shape.end
  );
}
