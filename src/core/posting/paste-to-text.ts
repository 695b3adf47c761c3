import { toWellFormed } from '../well-formed-text';
import { unglueLines } from './glued-lines';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { frontMatterMetadata } from './front-matter';
import { structuredMetadata, type StructuredMetadata } from './structured-metadata';

export interface PastedText {
  /** The posting as plain text; highlight offsets index into this string. */
  text: string;
  wasHtml: boolean;
  /**
   * What the page states about itself: an HTML page's JobPosting data, og:title or h1, a Markdown page's
   * front matter; absent for other text.
   */
  stated?: StructuredMetadata;
}

// CSI ("ESC [ ... letter"), terminated OSC ("ESC ] ... BEL or ESC \"), and two-character escapes: what a
// terminal copy leaves behind. An unterminated OSC loses only its "ESC ]", never the text after it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_RE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B\n]*(?:\u0007|\u001B\\)|\u001B[@-Z\\-_]?/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAK_RE = /\r\n?|[\u0085\u2028\u2029\u000B\u000C]/g;
// C0 controls except \t and \n, DEL, and the C1 range: never meant as text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Turns whatever the user pasted into the plain text the app stores and analyses: lone surrogates become
 * U+FFFD, a leading BOM goes, HTML becomes text, every line-break convention becomes "\n", and terminal
 * escapes and control characters other than "\n" and "\t" are removed, and list items a site glued
 * together ("experienceMechanical") get their line break back. Invisible format characters
 * (zero-width, bidi) are kept: the matcher ignores them and highlights still land on what the user sees.
 */
export function pasteToText(raw: string): PastedText {
  let text = toWellFormed(raw);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const wasHtml = looksLikeHtml(text);
  const stated = wasHtml ? structuredMetadata(text) : frontMatterMetadata(text);
  if (wasHtml) text = htmlToText(text);
  text = unglueLines(text.replace(LINE_BREAK_RE, '\n').replace(ANSI_RE, '').replace(CONTROL_RE, ''));
  return stated === undefined ? { text, wasHtml } : { text, wasHtml, stated };
}
