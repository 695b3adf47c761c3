import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { joinTextLines, textRuns } from '../../../../core/layout/pdf-text-lines';

// The worker is a file of our own origin (CSP worker-src 'self'), never a blob built from a string.
GlobalWorkerOptions.workerSrc = workerUrl;

// One worker for the app's lifetime: the preview re-renders after every toggle, and starting a worker
// each time would add its start-up to every render.
let sharedWorker: PDFWorker | null = null;
function worker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new PDFWorker();
  return sharedWorker;
}

export interface PdfRender {
  /** Canvases holding every page, drawn off screen, in order. */
  done: Promise<HTMLCanvasElement[]>;
  /**
   * Each page's text as a parser reads it, from the same document once the pages are drawn: the ATS
   * read-back costs no second parse and never delays the pages.
   */
  text: Promise<string[]>;
  cancel: () => void;
}

export class RenderCanceled extends Error {
  constructor() {
    super('Preview render was replaced by a newer one');
    this.name = 'RenderCanceled';
  }
}

/**
 * Draws every page at `cssWidth` CSS pixels wide, sharp on high-density screens. Pages are drawn side
 * by side: while this thread paints one page, the worker is already reading the next one.
 */
export function renderPdf(bytes: Uint8Array, cssWidth: number): PdfRender {
  let canceled = false;
  const running = new Set<() => void>();
  // pdf.js transfers the buffer to its worker, which detaches it: give it a copy of its own.
  const task = getDocument({
    data: bytes.slice(),
    worker: worker(),
    isEvalSupported: false,
    enableXfa: false,
    // Glyphs drawn from their outlines instead of loading each new document's fonts into the page as
    // FontFaces: a redraw is faster (the preview e2e test prints its time), and no PDF font reaches the
    // browser's font loader.
    disableFontFace: true,
  });

  const drawPage = async (doc: PDFDocumentProxy, n: number): Promise<HTMLCanvasElement> => {
    const page = await doc.getPage(n);
    if (canceled) throw new RenderCanceled();
    const density = window.devicePixelRatio || 1;
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (cssWidth / base.width) * density });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.className = 'pdf-page';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `Page ${n} of ${doc.numPages}`);
    const render = page.render({ canvas, viewport });
    const cancel = () => render.cancel();
    running.add(cancel);
    try {
      await render.promise;
    } finally {
      running.delete(cancel);
      page.cleanup();
    }
    return canvas;
  };

  const readText = async (doc: PDFDocumentProxy): Promise<string[]> => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (canceled) throw new RenderCanceled();
      const page = await doc.getPage(n);
      pages.push(joinTextLines(textRuns((await page.getTextContent()).items)));
      page.cleanup();
    }
    return pages;
  };

  const opened = task.promise;
  const done = (async () => {
    const doc = await opened;
    const pages = Array.from({ length: doc.numPages }, (_, i) => drawPage(doc, i + 1));
    const canvases = await Promise.all(pages);
    if (canceled) throw new RenderCanceled();
    return canvases;
  })();
  const text = (async () => {
    const doc = await opened;
    try {
      await done;
      return await readText(doc);
    } finally {
      void doc.destroy();
    }
  })();
  // A caller that only draws must not see an unhandled rejection from the text it never asked for.
  text.catch(() => undefined);

  return {
    done,
    text,
    cancel: () => {
      canceled = true;
      for (const cancel of running) cancel();
    },
  };
}
