import { useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { plural } from '../../lib/plural';
import type { PdfPreview as Preview } from '../../../../shared/domain-types';
import { PdfOptionsForm } from '../export-options/pdf-options-form';
import { usePdfSettings } from '../export-options/pdf-settings-store';
import { AtsView } from './ats-view';
import type { PdfRender } from './render-pdf';

interface Props {
  jobId: number;
  /** Changes whenever what the PDF contains may have changed (a toggle confirmed, the résumé edited). */
  version: number;
  active: boolean;
  /** A larger preview, at the cost of the posting column: for reading the PDF, not just its shape. */
  wide: boolean;
  onWideChange: (wide: boolean) => void;
}

/**
 * The tailored PDF, drawn by pdf.js. New pages are drawn off screen and swapped in whole, so the preview
 * never flickers blank between toggles; a render overtaken by a newer one is cancelled.
 *
 * A change is sent to main at once (no debounce: that was 150 ms of every redraw), but only one preview
 * is asked for at a time: a burst of toggles waits for the request in flight, and then only the newest
 * state is asked for, so main never renders more than two PDFs for a burst.
 */
export function PdfPreview({ jobId, version, active, wide, onWideChange }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [width, setWidth] = useState(0);
  const [check, setCheck] = useState<Pick<Preview, 'ats' | 'replaced'> | null>(null);
  const { onMissingGlyph, revision } = usePdfSettings();
  const inFlight = useRef<Promise<unknown> | null>(null);

  // Re-render at the new width when the panel is resized (rounded so a 1 px jitter does not).
  useEffect(() => {
    const el = pagesRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width / 8) * 8);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    // revision 0: the stored options are not loaded yet; drawing now would draw the defaults first.
    if (!active || width === 0 || revision === 0) return;
    let stale = false;
    let render: PdfRender | null = null;
    void (async () => {
      // Wait for the preview main is drawing now; a newer change than this one cancels this one.
      while (inFlight.current !== null) {
        const previous = inFlight.current;
        await previous.catch(() => undefined);
        if (stale) return;
        if (inFlight.current === previous) inFlight.current = null;
      }
      setBusy(true);
      try {
        const request = api.previewPdf({ jobId, onMissingGlyph });
        inFlight.current = request;
        const preview = await request;
        if (inFlight.current === request) inFlight.current = null;
        if (stale) return;
        setPageCount(preview.pageCount);
        setCheck({ ats: preview.ats, replaced: preview.replaced });
        // pdf.js is most of the bundle: loaded on first preview so the app itself starts fast.
        const { renderPdf } = await import('./render-pdf');
        if (stale) return;
        render = renderPdf(preview.bytes, width);
        const canvases = await render.done;
        if (stale) return;
        pagesRef.current?.replaceChildren(...canvases);
        pagesRef.current?.setAttribute('data-drawn', String(Date.now()));
        setError(null);
      } catch (e) {
        if (!stale) setError(errorMessage(e));
      } finally {
        if (!stale) setBusy(false);
      }
    })();
    return () => {
      stale = true;
      render?.cancel();
    };
  }, [jobId, version, active, width, onMissingGlyph, revision]);

  return (
    <section className="preview" aria-labelledby="preview-heading" aria-busy={busy}>
      <div className="preview-header">
        <h2 id="preview-heading" className="column-title">
          Preview
        </h2>
        {pageCount !== null && (
          <span className="page-count" data-testid="page-count">
            {plural(pageCount, 'page')}
          </span>
        )}
        {busy && <span className="preview-busy">Updating…</span>}
        <button
          type="button"
          className="button-quiet preview-size"
          aria-pressed={wide}
          onClick={() => onWideChange(!wide)}
        >
          {wide ? 'Smaller preview' : 'Larger preview'}
        </button>
      </div>
      <PdfOptionsForm />
      {error && (
        <p className="field-error" role="alert">
          Preview failed: {error}
        </p>
      )}
      {check && !error && <AtsView ats={check.ats} replaced={check.replaced} />}
      <div className="pdf-pages" data-testid="pdf-preview" ref={pagesRef} />
    </section>
  );
}
