import type { AtsCheck, ReplacedCharacter } from '../../../../shared/domain-types';

/**
 * What an applicant tracking system reads from this PDF (pdf.js text extraction, as most parsers do),
 * with a warning when it differs from what was drawn, and a note for characters drawn as "�".
 */
export function AtsView({ ats, replaced }: { ats: AtsCheck; replaced: ReplacedCharacter[] }) {
  return (
    <div className="ats-view" data-testid="ats-view">
      {ats.ok ? (
        <p className="ats-ok" role="status">
          ATS check passed: a parser reads exactly what is drawn.
        </p>
      ) : (
        <div className="ats-warning" role="alert">
          <p>ATS check: a parser reads something else than what is drawn.</p>
          <ul>
            {ats.differences.map((difference, i) => (
              <li key={i}>{difference}</li>
            ))}
          </ul>
        </div>
      )}
      {replaced.length > 0 && (
        <p className="ats-warning" role="alert">
          Drawn as “�” because no bundled font has them:{' '}
          {replaced.map((item) => `“${item.character}” (${item.codePoint}) in ${item.field}`).join('; ')}.
        </p>
      )}
      <details>
        <summary>ATS view: the text a parser reads</summary>
        <pre data-testid="ats-text">{ats.extracted}</pre>
      </details>
    </div>
  );
}
