/*
 * Link targets for the contact line. Only mailto: and http(s) links are made: a pasted "javascript:"
 * or "file:" website is drawn as plain text, never as a link.
 */
// The domain has a dot after its first character and before its last. Written so that the scan after "@"
// never has two ways to split the text (any character, then no dots up to the first dot): "X+\.X+$" with
// dots in X backtracks over every dot of a long domain, quadratic in its length.
const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"][^\s@<>()".]*\.[^\s@<>()"]+$/;
const HTTP = /^https?:\/\/\S+$/i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// The host ends at the first "/", "?" or "#": only the path may hold them ("a?b.com" is host "a").
const BARE_HOST = /^[^\s/@:?#]+\.[a-z]{2,}(?:[/?#]\S*)?$/i;

export function emailLink(email: string): string | undefined {
  return EMAIL.test(email) ? `mailto:${email}` : undefined;
}

export function websiteLink(website: string): string | undefined {
  if (HTTP.test(website)) return website;
  if (OTHER_SCHEME.test(website)) return undefined;
  return BARE_HOST.test(website) ? `https://${website}` : undefined;
}
