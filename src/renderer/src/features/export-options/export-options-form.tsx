import { TEMPLATES } from '../../../../core/layout/templates';
import { TEMPLATE_NAMES, type TemplateName } from '../../../../core/layout/template-style';
import './export-options.css';
import { changeMissingGlyphPolicy, useChangeExportOptions, useExportSettings } from './export-options-store';

// The same bounds as ExportOptionsSchema: main refuses anything outside them anyway.
const MARGIN = { min: 8, max: 40, step: 1 };
const SIZE = { min: 8, max: 13, step: 0.5 };

/** Template, page size, margins and text size: applied to the preview and to every export. */
export function ExportOptionsForm() {
  const { options, onMissingGlyph, error: readError } = useExportSettings();
  const { change: changeExportOptions, error: saveError } = useChangeExportOptions();
  const error = saveError ?? readError;
  if (options === null) return error ? <p className="field-error">{error}</p> : null;

  const number = (value: string, fallback: number, bounds: { min: number; max: number }) => {
    const n = Number(value);
    return Number.isFinite(n) ? Math.min(bounds.max, Math.max(bounds.min, n)) : fallback;
  };

  return (
    <fieldset className="pdf-options" aria-label="PDF options">
      <label>
        <span>Template</span>
        <select
          aria-label="Template"
          value={options.template}
          onChange={(e) => changeExportOptions({ template: e.target.value as TemplateName })}
        >
          {TEMPLATE_NAMES.map((name) => (
            <option key={name} value={name}>
              {TEMPLATES[name].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Page size</span>
        <select
          aria-label="Page size"
          value={options.pageSize}
          onChange={(e) => changeExportOptions({ pageSize: e.target.value === 'letter' ? 'letter' : 'a4' })}
        >
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      <label>
        <span>Margins (mm)</span>
        <input
          type="number"
          aria-label="Margins (mm)"
          {...MARGIN}
          value={options.marginMm}
          onChange={(e) =>
            changeExportOptions({ marginMm: number(e.target.value, options.marginMm, MARGIN) })
          }
        />
      </label>
      <label>
        <span>Text size (pt)</span>
        <input
          type="number"
          aria-label="Text size (pt)"
          {...SIZE}
          value={options.baseFontSize}
          onChange={(e) =>
            changeExportOptions({
              baseFontSize: Math.round(number(e.target.value, options.baseFontSize, SIZE) * 2) / 2,
            })
          }
        />
      </label>
      <label className="pdf-options-check">
        <input
          type="checkbox"
          checked={onMissingGlyph === 'replace'}
          onChange={(e) => changeMissingGlyphPolicy(e.target.checked ? 'replace' : 'stop')}
        />
        <span>Draw “�” for characters the fonts lack (instead of stopping)</span>
      </label>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
