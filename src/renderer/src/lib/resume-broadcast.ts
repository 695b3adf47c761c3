/**
 * Tells the app's other windows and tabs (same origin: Electron's windows share it too) that this one
 * wrote the master résumé, so they read it again at once instead of showing old text until reloaded.
 * A message names no content: each window reads main, the one source of truth.
 */
const CHANNEL = 'resume-tailor:resume';

// BroadcastChannel never delivers a message to the object that sent it, so one object can do both.
const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

export function announceResumeChange(): void {
  channel?.postMessage('changed');
}

/** Calls `listener` when another window wrote the résumé; returns the unsubscribe. */
export function onResumeChangeElsewhere(listener: () => void): () => void {
  if (channel === null) return () => undefined;
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
