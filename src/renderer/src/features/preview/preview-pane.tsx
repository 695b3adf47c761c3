import { hashKey, keepPreviousData, useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { oneAtATime } from '../../lib/one-at-a-time';
import { keys } from '../../lib/query-keys';
import { plural } from '../../lib/plural';
import { compareReadingText } from '../../../../core/layout/ats-check';
import type { AtsCheck, PdfPreview } from '../../../../shared/domain-types';
import { ExportOptionsForm } from '../export-options/export-options-form';
import { useExportSettings } from '../export-options/export-options-store';
import { AtsView } from './ats-view';
import { loadedRenderer, loadRenderer } from './pdf-renderer';
import type { PdfRender } from './render-pdf';

type Renderer = NonNullable<ReturnType<typeof loadedRenderer>>;

interface Props {
  jobId: number;
  active: boolean;
  /** A larger preview, at the cost of the posting column: for reading the PDF, not just its shape. */
  wide: boolean;
  onWideChange: (wide: boolean) => void;
}

// Main renders one preview at a time: a burst of changes waits for the one in flight, and then only
// the newest state is asked for, so main never renders more than two PDFs for a burst.
const previewInTurn = oneAtATime();

/**
 * The tailored PDF, drawn by pdf.js. It is the query ['preview', jobId, settings]: a toggle's reply
 * writes it (use-tailoring.ts), any other confirmed change of the tailoring or the résumé marks it out
 * of date (invalidate.ts), and new settings are a new key. New pages are drawn off screen and swapped in whole, so the preview never
 * flickers blank between toggles; a drawing overtaken by newer bytes is cancelled.
 */
export function PreviewPane({ jobId, active, wide, onWideChange }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const { options, onMissingGlyph, saving } = useExportSettings();
  const preview = useQuery({
    queryKey: keys.preview(jobId, { onMissingGlyph, options }),
    queryFn: ({ signal }) => previewInTurn(signal, () => api.previewPdf({ jobId, onMissingGlyph })),
    // Until the stored options are in (and while a change is being stored), main would draw other ones.
    enabled: active && options !== null && !saving,
    // The pages on screen stay until the new ones are drawn.
    placeholderData: keepPreviousData,
  });
  const [drawn, setDrawn] = useState<{ data: PdfPreview | null; error: string | null }>({
    data: null,
    error: null,
  });
  // What a parser reads from the drawn pages, for the bytes it was read from.
  const [ats, setAts] = useState<{ data: PdfPreview; check: AtsCheck } | null>(null);

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

  const data = preview.data;
  // The render in progress (or last drawn), for the bytes and width it draws.
  const drawing = useRef<{ data: PdfPreview; width: number; render: PdfRender } | null>(null);
  const draw = useCallback((next: PdfPreview, atWidth: number, renderer: Renderer) => {
    const current = drawing.current;
    if (current && current.data === next && current.width === atWidth) return;
    current?.render.cancel();
    const render = renderer.renderPdf(next.bytes, atWidth);
    drawing.current = { data: next, width: atWidth, render };
    const isCurrent = () => drawing.current?.render === render;
    void (async () => {
      try {
        const canvases = await render.done;
        if (!isCurrent()) return;
        pagesRef.current?.replaceChildren(...canvases);
        pagesRef.current?.setAttribute('data-drawn', String(Date.now()));
        setDrawn({ data: next, error: null });
        const pages = await render.text;
        if (isCurrent()) setAts({ data: next, check: compareReadingText(next.readingText, pages) });
      } catch (e) {
        if (isCurrent()) setDrawn({ data: next, error: errorMessage(e) });
      }
    })();
  }, []);

  // New bytes are drawn in the tick they reach the cache (a toggle's reply writes them there), while
  // React is still to render the rest of the screen for the same reply.
  const queryClient = useQueryClient();
  const queryHash = hashKey(keys.preview(jobId, { onMissingGlyph, options }));
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        if (event.query.queryHash !== queryHash) return;
        const renderer = loadedRenderer();
        const next = event.query.state.data as PdfPreview | undefined;
        if (renderer && next && width > 0) draw(next, width, renderer);
      }),
    [queryClient, queryHash, width, draw],
  );

  // The first preview, a new width, and any bytes that came before pdf.js was loaded.
  useEffect(() => {
    if (!data || width === 0) return;
    const renderer = loadedRenderer();
    if (renderer) {
      draw(data, width, renderer);
      return;
    }
    let replaced = false;
    loadRenderer().then(
      (loaded) => {
        if (!replaced) draw(data, width, loaded);
      },
      (e: unknown) => {
        if (!replaced) setDrawn({ data, error: errorMessage(e) });
      },
    );
    return () => {
      replaced = true;
    };
  }, [data, width, draw]);
  useEffect(() => () => drawing.current?.render.cancel(), []);

  // A change of the tailoring on its way to main: its reply brings the new pages.
  const changing = useIsMutating({ mutationKey: keys.tailoring(jobId) }) > 0;
  const error = preview.error ? errorMessage(preview.error) : drawn.error;
  const busy = changing || preview.isFetching || (data !== undefined && drawn.data !== data);
  const shown = data ?? null;

  return (
    <section className="preview" aria-labelledby="preview-heading" aria-busy={busy}>
      <div className="preview-header">
        <h2 id="preview-heading" className="column-title">
          Preview
        </h2>
        {shown && (
          <span className="page-count" data-testid="page-count">
            {plural(shown.pageCount, 'page')}
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
      <ExportOptionsForm />
      {error && (
        <p className="field-error" role="alert">
          Preview failed: {error}
        </p>
      )}
      {shown && !error && ats && <AtsView ats={ats.check} replaced={shown.replaced} />}
      <div className="pdf-pages" data-testid="pdf-preview" ref={pagesRef} />
    </section>
  );
}
