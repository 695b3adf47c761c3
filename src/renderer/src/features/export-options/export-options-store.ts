import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { ExportOptions } from '../../../../core/layout/export-options';
import type { MissingGlyphPolicy } from '../../../../core/layout/unsupported-characters';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { keys } from '../../lib/query-keys';

/**
 * The PDF settings the preview and the export button share: the stored options (main keeps them in the
 * database, read through the query cache) and, for this session only, what to do with a character no
 * font can draw.
 */
export interface ExportSettings {
  options: ExportOptions | null;
  onMissingGlyph: MissingGlyphPolicy;
  /** A change is on its way to main: what main would draw now is not what the form shows yet. */
  saving: boolean;
  error: string | null;
}

// The session's choice lives here, not in main: it is the user's answer for this sitting only.
let missingGlyphPolicy: MissingGlyphPolicy = 'stop';
const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function changeMissingGlyphPolicy(next: MissingGlyphPolicy): void {
  missingGlyphPolicy = next;
  for (const listener of listeners) listener();
}

/** The shared settings; the stored options are read on first use. */
export function useExportSettings(): ExportSettings {
  const query = useQuery({ queryKey: keys.exportOptions, queryFn: () => api.getExportOptions() });
  const saving = useIsMutating({ mutationKey: keys.exportOptions }) > 0;
  const onMissingGlyph = useSyncExternalStore(subscribe, () => missingGlyphPolicy);
  return {
    options: query.data ?? null,
    onMissingGlyph,
    saving,
    error: query.error ? errorMessage(query.error) : null,
  };
}

/**
 * Stores a change of the options. The form shows it at once; saves run one after another (one mutation
 * scope) so two quick changes reach main in the order the user made them, and only the reply to the
 * last one is written, so a slower earlier reply never undoes a later change.
 */
export function useChangeExportOptions(): {
  change: (patch: Partial<ExportOptions>) => void;
  error: string | null;
} {
  const queryClient = useQueryClient();
  const isLast = () => queryClient.isMutating({ mutationKey: keys.exportOptions }) === 1;
  const { mutate, error } = useMutation({
    mutationKey: keys.exportOptions,
    scope: { id: 'exportOptions' },
    mutationFn: (next: ExportOptions) => api.setExportOptions(next),
    onSuccess: (stored) => {
      if (isLast()) queryClient.setQueryData(keys.exportOptions, stored);
    },
    onError: () => {
      if (isLast()) void queryClient.invalidateQueries({ queryKey: keys.exportOptions });
    },
  });
  const change = useCallback(
    (patch: Partial<ExportOptions>) => {
      const current = queryClient.getQueryData<ExportOptions>(keys.exportOptions);
      if (!current) return;
      const next = { ...current, ...patch };
      queryClient.setQueryData(keys.exportOptions, next);
      mutate(next);
    },
    [queryClient, mutate],
  );
  return { change, error: error ? errorMessage(error) : null };
}
