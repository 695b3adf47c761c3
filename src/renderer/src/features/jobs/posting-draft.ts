/*
 * The paste box's text kept across reloads (and a crash of the window): a posting typed or pasted but
 * not saved yet is not lost. It lives in this browser profile's localStorage, on this machine only, and
 * is cleared when the job is saved. A paste larger than the storage quota (about 5 MB) is not kept; the
 * box still holds it until the window closes.
 */
const KEY = 'resume-tailor.posting-draft';

export function readPostingDraft(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function writePostingDraft(text: string): void {
  try {
    if (text === '') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, text);
  } catch {
    // Over the quota, or storage disabled: the box keeps the text for this session.
  }
}
