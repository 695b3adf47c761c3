/** The start of a text on one line, cut at `max` characters (never inside a surrogate pair) with "…". */
export const excerpt = (text: string, max = 40): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${Array.from(clean).slice(0, max).join('').trimEnd()}…`;
};
