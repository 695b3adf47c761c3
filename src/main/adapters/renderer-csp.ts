/**
 * The renderer's Content-Security-Policy, sent as a header by whatever serves the renderer (the app://
 * protocol, browser mode). index.html carries the same policy in a meta tag for file:// and dev tools.
 * No inline script or style and no eval: pasted postings are untrusted text.
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-src 'none'; frame-ancestors 'none'";
