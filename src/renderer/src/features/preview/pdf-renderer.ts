import type * as RenderPdf from './render-pdf';

type Renderer = typeof RenderPdf;

let loaded: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

/**
 * pdf.js is most of the bundle: it is loaded on the first preview, so the app itself starts fast. Once
 * in, it is handed out synchronously: awaiting import() again would put every redraw a task behind the
 * bytes it draws.
 */
export function loadedRenderer(): Renderer | null {
  return loaded;
}

export function loadRenderer(): Promise<Renderer> {
  loading ??= import('./render-pdf').then((module) => (loaded = module));
  return loading;
}
