import type { FontMetrics, FontStyle } from './font-metrics';

/** Measures a string in a style at a size. */
export type Measure = (text: string, style: FontStyle, size: number) => number;

/**
 * Memoizes widths per (style, size, string). Layout measures each word once instead of every growing
 * line: measuring whole lines as they grow made layout the slowest part of an export (TOOLCHAIN.md).
 */
export function createMeasure(metrics: FontMetrics): Measure {
  const cache = new Map<string, number>();
  return (text, style, size) => {
    if (text === '') return 0;
    const key = `${style}\u0000${size}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = metrics.widthOf(text, style, size);
      cache.set(key, width);
    }
    return width;
  };
}
