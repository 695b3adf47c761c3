import { focusManager, notifyManager, QueryClient } from '@tanstack/react-query';

/**
 * The renderer's one cache of what main holds. Main is the only source of truth and, but for the
 * master résumé, this window is its only writer, so nothing goes stale by itself: every change goes
 * through a mutation that writes its reply into the cache or invalidates the keys it affects (see
 * query-keys.ts). The résumé can be edited in two windows or tabs: its query reads again on focus, and
 * a window that writes it tells the others (resume-broadcast.ts).
 */
export function createQueryClient(): QueryClient {
  // TanStack hears only `visibilitychange`; two Electron windows side by side both stay visible, so a
  // click into the other window must count as coming back to it too.
  focusManager.setEventListener((setFocused) => {
    const onChange = () => setFocused(document.visibilityState === 'visible' && document.hasFocus());
    window.addEventListener('focus', onChange);
    window.addEventListener('blur', onChange);
    document.addEventListener('visibilitychange', onChange);
    return () => {
      window.removeEventListener('focus', onChange);
      window.removeEventListener('blur', onChange);
      document.removeEventListener('visibilitychange', onChange);
    };
  });
  // Components hear of a cache change in a microtask, not in the setTimeout(0) TanStack uses by default:
  // a toggle's optimistic value must reach its controlled checkbox before the browser paints or the
  // next input, or the box shows the old state for a moment (and a quick second click acts on it).
  notifyManager.setScheduler(queueMicrotask);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // A local call that failed failed for a reason the user should see, not a flaky network.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // Main is on this machine: the browser's idea of being offline must never pause a call.
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
