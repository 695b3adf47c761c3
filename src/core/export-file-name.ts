/**
 * "<Name> - <Company> - <Title>.pdf", safe on Windows, macOS and Linux: no reserved characters or
 * names, no trailing dots or spaces, bounded length. Empty parts are left out.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function exportFileName(parts: string[], extension: string): string {
  const cleaned = parts
    .map((part) => part.normalize('NFC').replace(RESERVED, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
  let stem = cleaned
    .join(' - ')
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  if (stem.length === 0 || WINDOWS_RESERVED_NAMES.test(stem)) stem = `Resume${stem ? ` ${stem}` : ''}`;
  return `${stem}.${extension}`;
}
