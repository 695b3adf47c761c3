/**
 * The text of a pasted web page, worked out off the UI thread: a saved page can be megabytes of HTML,
 * and turning it into text on the page's own thread froze the window while it ran. The one conversion
 * is core's (main uses the same for what is saved).
 */
import { htmlToText } from '../../../../core/posting/html-to-text';

// The renderer's tsconfig types `self` as a window; a dedicated worker's scope is this much of it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(text: string): void;
};

scope.onmessage = (event) => scope.postMessage(htmlToText(event.data));
