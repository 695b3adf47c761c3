import type { Template } from './template-style';

/**
 * The characters every template draws, which résumé parsers read as bullets, ranges and lists
 * (ATS.md); a template chooses only how its header fields are separated. One home: the plain-text
 * export writes lists with the same marks, and the importer splits lists and courses on them, so what
 * we write reads back as the items it was made from.
 */
export const ATS_SYMBOLS: Omit<Template['symbols'], 'fieldSeparator'> = {
  bullet: '\u2022',
  dateRange: ' \u2013 ',
  skillTitleEnd: ':',
  skillItemSeparator: ', ',
};
