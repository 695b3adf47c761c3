/**
 * Where the app's own pages come from, and who may call main. The built renderer is served from a
 * custom, standard and secure scheme (app://resume-tailor/) rather than file://, so the page has a real
 * origin: module scripts and the pdf.js worker load under the same-origin rules as on the web, and
 * "is this our page?" is an origin comparison instead of a file-path guess.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'resume-tailor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The origin the window loads: the dev server while developing, the app scheme otherwise. */
export function appOrigin(devServerUrl: string | undefined): string {
  return devServerUrl ? schemeAndHost(devServerUrl) : APP_ORIGIN;
}

export function isAppUrl(url: string, origin: string): boolean {
  try {
    return schemeAndHost(url) === origin;
  } catch {
    return false;
  }
}

// Node's URL gives "null" as the origin of any non-web scheme (app:), so compare scheme and host
// (with port) ourselves; for http(s) this is exactly the origin.
function schemeAndHost(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/** The part of Electron's WebFrameMain the sender check needs. */
export interface FrameLike {
  url: string;
  parent: unknown;
}

/** Only the top frame of our own page may call main: never an iframe, never a navigated-away page. */
export function isTrustedSender(frame: FrameLike | null | undefined, origin: string): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url, origin);
}
