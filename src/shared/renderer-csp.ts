/**
 * The renderer's Content-Security-Policy, written once. Whatever serves the renderer (the app://
 * protocol, browser mode) sends it as a header; the build writes it into index.html's meta tag
 * (electron.vite.config.ts) for a page opened some other way. No inline script or style and no eval:
 * pasted postings are untrusted text. pdf.js renders the preview in a worker from our own origin.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  // Only a header can say who may frame the page: browsers ignore this directive in a meta tag.
  ['frame-ancestors', "'none'"],
];

const render = (directives: readonly (readonly [string, string])[]) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const RENDERER_CSP = render(DIRECTIVES);

/** The same policy as a meta tag can carry it. */
export const RENDERER_CSP_META = render(DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));
