import { z } from 'zod';

// Imported first by main.tsx, before any module builds a schema: zod decides at construction whether to
// compile parsers with `new Function`, probing for eval once. The renderer's CSP forbids eval, so the
// probe only raised a Content-Security-Policy violation on every load; jitless skips it.
z.config({ jitless: true });
