import type { Bullet } from '../../../../core/resume/bullet';
import type { BulletTextChoice } from '../../../../shared/domain-types';
import { excerpt } from '../../lib/excerpt';
import type { PickerActions } from './pick-types';

/** Master wording or one of the user's variants; shown only when the bullet has variants. */
export function WordingPicker({
  bullet,
  choice,
  masterText,
  actions,
}: {
  bullet: Bullet;
  choice: BulletTextChoice | undefined;
  masterText: string | undefined;
  actions: PickerActions;
}) {
  if (bullet.variants.length === 0) return null;
  const value = choice === undefined ? 'master' : 'text' in choice ? 'edited' : String(choice.variantId);
  return (
    <select
      className="wording-select"
      aria-label="Wording for this job"
      value={value}
      onChange={(e) => {
        const next = e.target.value;
        if (next === 'edited') return;
        void actions.onWording(bullet.id, next === 'master' ? null : { variantId: Number(next) });
      }}
    >
      <option value="master" title={masterText}>
        Master wording
      </option>
      {bullet.variants.map((variant, i) => (
        <option key={variant.id} value={variant.id} title={variant.text}>
          {`Wording ${i + 2}: ${excerpt(variant.text)}`}
        </option>
      ))}
      {value === 'edited' && (
        <option value="edited" disabled>
          Edited for this job
        </option>
      )}
    </select>
  );
}
