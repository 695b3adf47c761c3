import type { Tailoring } from '../../../../shared/domain-types';
import { plural } from '../../lib/plural';

interface Props {
  skill: string;
  tailoring: Tailoring;
  onClear: () => void;
}

/** Where one posting skill is shown: its bullets (highlighted below) and the other places that name it. */
export function EvidenceNote({ skill, tailoring, onClear }: Props) {
  const evidence = tailoring.evidence.bySkill[skill];
  const bullets = evidence?.bullets ?? [];
  const off = new Set(tailoring.excluded.bullets);
  const ticked = bullets.filter((id) => !off.has(id)).length;
  const elsewhere = evidence?.elsewhere ?? [];
  return (
    <div className="evidence-note" role="status" data-testid="evidence-note">
      <span>
        <strong>{skill}</strong>:{' '}
        {bullets.length === 0
          ? 'no bullet mentions it'
          : `${plural(bullets.length, 'bullet')} ${bullets.length === 1 ? 'mentions' : 'mention'} it${bullets.length === ticked ? '' : ` (${ticked} ticked)`}`}
        {elsewhere.length > 0 && `; also in ${elsewhere.join(', ')}`}.
      </span>
      <button type="button" className="button-quiet" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
