// The named references job boards and word processors actually emit; anything else stays as written.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00AD',
  zwnj: '\u200C',
  zwj: '\u200D',
  ndash: '\u2013',
  mdash: '\u2014',
  hyphen: '\u2010',
  minus: '\u2212',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00B7',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  deg: '\u00B0',
  plusmn: '\u00B1',
  times: '\u00D7',
  divide: '\u00F7',
  frac12: '\u00BD',
  frac14: '\u00BC',
  frac34: '\u00BE',
  euro: '\u20AC',
  pound: '\u00A3',
  yen: '\u00A5',
  cent: '\u00A2',
  sect: '\u00A7',
  para: '\u00B6',
  dagger: '\u2020',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  check: '\u2713',
  iexcl: '\u00A1',
  iquest: '\u00BF',
  aacute: '\u00E1',
  agrave: '\u00E0',
  acirc: '\u00E2',
  auml: '\u00E4',
  atilde: '\u00E3',
  aring: '\u00E5',
  aelig: '\u00E6',
  ccedil: '\u00E7',
  eacute: '\u00E9',
  egrave: '\u00E8',
  ecirc: '\u00EA',
  euml: '\u00EB',
  iacute: '\u00ED',
  igrave: '\u00EC',
  icirc: '\u00EE',
  iuml: '\u00EF',
  ntilde: '\u00F1',
  oacute: '\u00F3',
  ograve: '\u00F2',
  ocirc: '\u00F4',
  ouml: '\u00F6',
  otilde: '\u00F5',
  oslash: '\u00F8',
  uacute: '\u00FA',
  ugrave: '\u00F9',
  ucirc: '\u00FB',
  uuml: '\u00FC',
  yacute: '\u00FD',
  szlig: '\u00DF',
  Aacute: '\u00C1',
  Agrave: '\u00C0',
  Auml: '\u00C4',
  Ccedil: '\u00C7',
  Eacute: '\u00C9',
  Egrave: '\u00C8',
  Ntilde: '\u00D1',
  Ouml: '\u00D6',
  Uuml: '\u00DC',
};

// Browsers accept these few without the closing semicolon ("&amp" in old markup).
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

const ENTITY_RE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31})(;?))/g;

function fromCodePoint(codePoint: number): string {
  // NUL, surrogates and values past Unicode are what a hostile page uses to break decoders: U+FFFD.
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
    return '\uFFFD';
  return String.fromCodePoint(codePoint);
}

/** Decodes character references: the common named ones and every numeric one. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY_RE,
    (whole, hex: string | undefined, dec: string | undefined, name, semicolon) => {
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
      const value = NAMED[name as string];
      if (value === undefined) return whole;
      if (semicolon === '' && !LEGACY_WITHOUT_SEMICOLON.has(name as string)) return whole;
      return value;
    },
  );
}

const ENTITY_AT_RE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31})(;?))/y;

/**
 * The character reference starting at `at` ("&amp;", "&#43;") with what it stands for, or undefined when
 * there is none or it is unknown. For reading references inside plain text without changing its offsets.
 */
export function entityAt(text: string, at: number): { value: string; length: number } | undefined {
  ENTITY_AT_RE.lastIndex = at;
  const match = ENTITY_AT_RE.exec(text);
  if (match === null) return undefined;
  const value = decodeEntities(match[0]);
  return value === match[0] || value === '' ? undefined : { value, length: match[0].length };
}
