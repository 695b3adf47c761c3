import { useEffect, useState, type RefObject } from 'react';

/**
 * A number that goes up each time the element comes on screen (its tab shown again). Tabs stay mounted
 * while hidden, so this is how a panel knows to read again what other tabs may have changed.
 */
export function useShownCount(ref: RefObject<HTMLElement | null>): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let visible = false;
    const observer = new IntersectionObserver((entries) => {
      const now = entries.some((entry) => entry.isIntersecting);
      if (now && !visible) setCount((n) => n + 1);
      visible = now;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return count;
}
