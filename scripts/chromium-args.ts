// Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
// Shared by playwright.config.ts (e2e) and the PDF bench, so both launch the same browser.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
