import { useEffect, useSyncExternalStore } from 'react';
import type { PdfOptions } from '../../../../core/layout/pdf-options';
import type { MissingGlyphPolicy } from '../../../../core/layout/unsupported-characters';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';

/**
 * The PDF settings the preview and the export button share: the stored options (main keeps them in the
 * database) and, for this session only, what to do with a character no font can draw. `revision`
 * changes after main has stored new options, so the preview redraws with what an export would write.
 */
export interface PdfSettings {
  options: PdfOptions | null;
  onMissingGlyph: MissingGlyphPolicy;
  revision: number;
  error: string | null;
}

let state: PdfSettings = { options: null, onMissingGlyph: 'stop', revision: 0, error: null };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function update(next: Partial<PdfSettings>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): void {
  loading ??= api
    .getPdfOptions()
    .then((options) => update({ options, revision: state.revision + 1, error: null }))
    .catch((error: unknown) => {
      loading = null;
      update({ error: errorMessage(error) });
    });
}

// Saves are chained so two quick changes reach main in the order the user made them.
let saving: Promise<void> = Promise.resolve();

export function changePdfOptions(patch: Partial<PdfOptions>): void {
  if (state.options === null) return;
  const next = { ...state.options, ...patch };
  update({ options: next });
  saving = saving.then(async () => {
    try {
      const stored = await api.setPdfOptions(next);
      update({ options: stored, revision: state.revision + 1, error: null });
    } catch (error) {
      update({ error: errorMessage(error) });
    }
  });
}

export function changeMissingGlyphPolicy(onMissingGlyph: MissingGlyphPolicy): void {
  update({ onMissingGlyph, revision: state.revision + 1 });
}

/** The shared settings; loads the stored options on first use. */
export function usePdfSettings(): PdfSettings {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, () => state);
}
