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
