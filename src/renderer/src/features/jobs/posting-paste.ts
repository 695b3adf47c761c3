/**
 * What a paste into the posting box contributes. When the clipboard holds a web page (text/html), that
 * HTML is what gets saved, because main turns headings and lists into better plain text than the
 * browser's own text/plain flavour; the box itself only ever shows text.
 */
export interface HtmlPaste {
  html: string;
  /** The box's text right after the paste: if the user edits it, their text wins over the HTML. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A rough text for the box when the clipboard has HTML but no text/plain flavour (some pages copy that
 * way). Done with string operations, not DOMParser: the pasted markup is never turned into elements, so
 * there is nothing for it to run or load, not even a blocked attempt. Main does the real conversion.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript|iframe|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|tr|section|article|header|footer)\b[^>]*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
