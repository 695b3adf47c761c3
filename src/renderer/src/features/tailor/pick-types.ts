import type { BulletPin, BulletTextChoice, ItemKind, Tailoring } from '../../../../shared/domain-types';
import type { MarkLevel } from '../../ui/highlighted-text';
import type { ExclusionSets } from '../../../../core/tailor/exclusions';

/** What the picker can ask main to change for this job; each resolves once main has answered. */
export interface PickerActions {
  onToggle: (kind: ItemKind, id: number, included: boolean) => void;
  onPin: (bulletId: number, pin: BulletPin | null) => Promise<unknown>;
  /** Resolves with the job's new tailoring, or null when main refused (the error is already shown). */
  onWording: (bulletId: number, choice: BulletTextChoice | null) => Promise<Tailoring | null>;
  onOrder: (kind: 'entry' | 'bullet', parentId: number, ids: number[]) => Promise<unknown>;
  /** Show the evidence of one posting skill (null: none). */
  onFocusSkill: (skill: string | null) => void;
}

/** What every row of the picker reads: the job's tailoring and how to draw and change it. */
export interface PickShared {
  sets: ExclusionSets;
  tailoring: Tailoring;
  masterTexts: ReadonlyMap<number, string>;
  levels: ReadonlyMap<string, MarkLevel>;
  evidence: ReadonlySet<number>;
  actions: PickerActions;
}
