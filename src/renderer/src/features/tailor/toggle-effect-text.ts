import type { ToggleEffect } from '../../../../shared/domain-types';

/**
 * What ticking or unticking a bullet would do, in the words the score uses:
 * "Unticking: -2 required: Terraform, DynamoDB (55% → 48%)". `parentOn` false: the bullet's entry or
 * section is off, so the bullet changes nothing until that is turned back on.
 */
export function toggleEffectText(
  effect: ToggleEffect | undefined,
  percentNow: number,
  parentOn: boolean,
): string {
  if (effect === undefined) return '';
  if (!parentOn) return 'Its entry or section is off: ticking this changes nothing until that is on.';
  const verb = effect.turnsOff ? 'Unticking' : 'Ticking';
  const sign = effect.turnsOff ? '-' : '+';
  const key = effect.turnsOff ? 'lost' : 'gained';
  const parts = [
    effect.required[key].length > 0 &&
      `${sign}${effect.required[key].length} required: ${effect.required[key].join(', ')}`,
    effect.preferred[key].length > 0 &&
      `${sign}${effect.preferred[key].length} nice-to-have: ${effect.preferred[key].join(', ')}`,
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) {
    return effect.turnsOff
      ? `${verb}: no skill lost (something else shows the same skills).`
      : `${verb}: no new skill for this posting.`;
  }
  const change = effect.percentAfter === percentNow ? '' : ` (${percentNow}% → ${effect.percentAfter}%)`;
  return `${verb}: ${parts.join('; ')}${change}`;
}
