import { ATS_SYMBOLS } from '../layout/ats-symbols';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Between the items of a list line ("Cloud: AWS, Terraform", "Courses: Networks, Compilers"): the
// separator our own exports draw, then those other tools write ("; ", " | ", " · ", " • ").
const LIST_SEPARATORS = new RegExp(
  `${escape(ATS_SYMBOLS.skillItemSeparator.trim())}\\s|\\s?;\\s|\\s[|·•]\\s`,
  'u',
);

/** A list line's items, as written, without empty ones. */
export function splitListItems(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
