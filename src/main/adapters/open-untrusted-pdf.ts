/**
 * Opens PDF bytes the user gave (a résumé, a posting, our own export read back) with pdf.js set up for
 * untrusted files: no eval (CVE-2024-4367), no XFA forms, no font loading, no console noise. pdf.js is
 * several MB of JavaScript, so it is loaded on the first call, not when the CLI or the app starts.
 */
export async function openUntrustedPdf(bytes: Uint8Array) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return getDocument({
    // A copy, and a plain Uint8Array: pdf.js refuses a Node Buffer and detaches what it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
}
