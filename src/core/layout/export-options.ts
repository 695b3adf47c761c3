import { z } from 'zod';
import type { LayoutOptions } from './layout-options';
import { TEMPLATE_NAMES } from './template-style';

const MM = 72 / 25.4;

/**
 * The user's export settings (the PDF and the Word file are laid out from them), as stored and as sent
 * over IPC. Bounds keep every combination printable:
 * 8 mm is inside what office printers can reach, 40 mm still leaves a usable column, and 8 to 13 pt
 * body text is what résumé guides call readable.
 */
export const ExportOptionsSchema = z.strictObject({
  template: z.enum(TEMPLATE_NAMES),
  pageSize: z.enum(['a4', 'letter']),
  /** The same margin on every side, in millimetres. */
  marginMm: z.number().min(8).max(40),
  /** Body text size in points, in half-point steps. */
  baseFontSize: z
    .number()
    .min(8)
    .max(13)
    .refine((n) => Number.isInteger(n * 2), 'The text size goes in half points.'),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  template: 'classic',
  pageSize: 'a4',
  marginMm: 15,
  baseFontSize: 10,
};

/** The settings as layout options. */
export function exportLayoutOptions(options: ExportOptions): Partial<LayoutOptions> {
  const margin = options.marginMm * MM;
  return {
    template: options.template,
    pageSize: options.pageSize,
    margins: { top: margin, right: margin, bottom: margin, left: margin },
    baseFontSize: options.baseFontSize,
  };
}
