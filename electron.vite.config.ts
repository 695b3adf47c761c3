import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { RENDERER_CSP_META } from './src/shared/renderer-csp';

// index.html gets the one policy (src/shared/renderer-csp.ts) as its meta tag. The dev server injects
// inline scripts (React refresh) and styles and talks over a websocket, which the strict policy would
// block: relaxed while serving only, builds keep it strict.
const rendererCsp = (): Plugin => ({
  name: 'renderer-csp',
  transformIndexHtml: (html, context) => {
    const policy = context.server
      ? RENDERER_CSP_META.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
          .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*")
      : RENDERER_CSP_META;
    return [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ];
  },
});

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    // One CommonJS bundle: an ESM preload would force sandbox: false.
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react(), rendererCsp()],
  },
});
