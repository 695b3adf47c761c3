/**
 * Only http(s) links may leave the app, to the user's browser, and only after URL parsing: a
 * "javascript:", "file:" or custom-protocol link from a pasted posting must never reach the OS.
 */
export function isExternalHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
