import { decodeEntities } from './html-entities';

/**
 * HTML pasted from a job board, read as text without a DOM: one left-to-right scan with a few counters,
 * so it runs the same in Node and the renderer, never executes or fetches anything, and a 10,000-deep
 * nesting costs no stack. It is not a conforming HTML parser: it keeps the words and the line structure a
 * posting needs and drops everything else (attributes, scripts, styles, embedded documents).
 */

// Content that is never text a person reads on the page.
const DROPPED_RAW = new Set(['script', 'style', 'title', 'iframe', 'noscript', 'noembed', 'noframes']);
const DROPPED_NESTED = new Set([
  'head',
  'template',
  'svg',
  'math',
  'object',
  'canvas',
  'select',
  'audio',
  'video',
]);
// Raw-text elements whose content is shown, but is not markup.
const LITERAL_RAW = new Set(['textarea', 'xmp']);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL = new Set(['td', 'th']);

const TAG_NAME_RE = /[a-zA-Z][a-zA-Z0-9:-]*/y;
const ASCII_WHITESPACE_RE = /[ \t\n\r\f]+/g;
// A run of spaces is matched from its first space only (the lookbehind): tried at every space of a long
// run that is not followed by what the pattern needs, " +" would rescan the rest of it, quadratic in its
// length. Preformatted text and non-breaking spaces keep such runs.
const SPACES_AT_END_RE = /(?<! ) +$/;
const SPACES_BEFORE_BREAK_RE = /(?<! ) +\n/g;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just after the tag's ">" (or the end of the input when it never closes). */
  end: number;
}

/** Reads the tag starting at `lt` ("<"), skipping quoted attribute values, or undefined when it is not a tag. */
function readTag(html: string, lt: number): Tag | undefined {
  const closing = html.charCodeAt(lt + 1) === 0x2f; // "/"
  TAG_NAME_RE.lastIndex = lt + (closing ? 2 : 1);
  const match = TAG_NAME_RE.exec(html);
  if (match === null) return undefined;
  const name = match[0].toLowerCase();
  let i = TAG_NAME_RE.lastIndex;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '>') {
      return { name, closing, selfClosing: html[i - 1] === '/', end: i + 1 };
    }
    if (ch === '"' || ch === "'") {
      const close = html.indexOf(ch, i + 1);
      if (close < 0) break;
      i = close + 1;
    } else {
      i++;
    }
  }
  return { name, closing, selfClosing: false, end: html.length };
}

/** Index just after the closing tag `</name ...>` from `from` on (case-insensitive), or the end of the input. */
function skipPastClosing(html: string, lower: string, name: string, from: number): number {
  const at = lower.indexOf(`</${name}`, from);
  if (at < 0) return html.length;
  const gt = html.indexOf('>', at);
  return gt < 0 ? html.length : gt + 1;
}

/** Accumulates text with HTML whitespace rules and the line breaks that block elements imply. */
class TextSink {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private pendingPrefix = '';
  private atLineStart = true;
  private empty = true;

  lineBreak(count: number): void {
    if (this.empty) return;
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  listItem(): void {
    this.lineBreak(1);
    this.pendingPrefix = '\u2022 ';
  }

  text(raw: string, preformatted: boolean): void {
    let text = preformatted ? raw : raw.replace(ASCII_WHITESPACE_RE, ' ');
    if (this.pendingBreaks > 0 || this.atLineStart) {
      if (!preformatted) text = text.replace(/^ /, '');
      if (text === '') return;
    }
    if (text === '') return;
    if (this.pendingBreaks > 0) {
      this.trimTrailingSpace();
      this.parts.push('\n'.repeat(this.pendingBreaks));
      this.pendingBreaks = 0;
    }
    if (this.pendingPrefix !== '') {
      this.parts.push(this.pendingPrefix);
      this.pendingPrefix = '';
    }
    this.parts.push(text);
    this.empty = false;
    this.atLineStart = text.endsWith('\n');
  }

  private trimTrailingSpace(): void {
    const last = this.parts.length - 1;
    const tail = this.parts[last];
    if (tail !== undefined && tail.endsWith(' ')) this.parts[last] = tail.replace(SPACES_AT_END_RE, '');
  }

  toString(): string {
    return this.parts
      .join('')
      .replace(SPACES_BEFORE_BREAK_RE, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .trimEnd();
  }
}

/** The readable text of an HTML fragment or page: block elements become lines, list items "• " lines. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const sink = new TextSink();
  let dropping: string | undefined;
  let dropDepth = 0;
  let preDepth = 0;
  let i = 0;

  const emit = (raw: string): void => {
    if (dropping === undefined && raw !== '') sink.text(decodeEntities(raw), preDepth > 0);
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emit(html.slice(i));
      break;
    }
    emit(html.slice(i, lt));

    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === undefined) {
      emit('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const { name } = tag;

    if (!tag.closing && DROPPED_RAW.has(name)) {
      i = skipPastClosing(html, lower, name, i);
      continue;
    }
    if (dropping !== undefined) {
      // Inside dropped content only the matching open/close tags matter (and <body> ends a <head>).
      if (name === dropping && !tag.selfClosing) dropDepth += tag.closing ? -1 : 1;
      if (dropDepth === 0 || (dropping === 'head' && name === 'body')) dropping = undefined;
      continue;
    }
    if (tag.closing) {
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (PARAGRAPH.has(name)) sink.lineBreak(2);
      else if (BLOCK.has(name) || name === 'li') sink.lineBreak(1);
      continue;
    }
    if (DROPPED_NESTED.has(name) && !tag.selfClosing) {
      dropping = name;
      dropDepth = 1;
      continue;
    }
    if (LITERAL_RAW.has(name)) {
      const at = lower.indexOf(`</${name}`, i);
      const contentEnd = at < 0 ? html.length : at;
      sink.lineBreak(1);
      sink.text(
        name === 'textarea' ? decodeEntities(html.slice(i, contentEnd)) : html.slice(i, contentEnd),
        true,
      );
      i = skipPastClosing(html, lower, name, contentEnd);
      continue;
    }
    if (name === 'plaintext') {
      sink.text(html.slice(i), true);
      break;
    }
    if (name === 'li') sink.listItem();
    else if (name === 'br') sink.text('\n', true);
    else if (PARAGRAPH.has(name)) sink.lineBreak(2);
    else if (BLOCK.has(name)) sink.lineBreak(1);
    else if (CELL.has(name)) sink.text(' ', false);
    if (name === 'pre') preDepth++;
  }
  return sink.toString();
}

// Tags that ordinary prose never contains; one or two of them is enough to call a paste HTML.
const HTML_TAG_RE =
  /<\/?(?:html|head|body|div|span|p|br|ul|ol|li|h[1-6]|table|tr|td|th|strong|em|b|i|u|a|img|section|article|header|footer|script|style|iframe|svg|meta|link)(?:\s[^<>]*)?\/?>/gi;

/** True when a paste is HTML markup rather than text that happens to contain "<" (like "C<T>" or "<5 years"). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  let count = 0;
  HTML_TAG_RE.lastIndex = 0;
  while (HTML_TAG_RE.exec(text) !== null) {
    if (++count >= 2) return true;
  }
  return false;
}
