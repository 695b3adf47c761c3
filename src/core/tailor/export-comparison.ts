import { allBullets, type Resume } from '../resume/resume';

/** One bullet of a past export next to the same bullet in today's tailoring of the job. */
export type SentBulletStatus =
  /** Sent, and sent today with the same words. */
  | 'same'
  /** Still sent, worded differently today. */
  | 'reworded'
  /** In the résumé, but today's tailoring leaves it out. */
  | 'left-out-today'
  /** Deleted from the résumé since. */
  | 'deleted';

export interface SentBullet {
  bulletId: number;
  sentText: string;
  status: SentBulletStatus;
  /** Today's wording when the bullet still exists (sent or not). */
  todayText: string | null;
}

export interface ExportComparison {
  sent: SentBullet[];
  /** Bullets today's tailoring sends that the export did not, in reading order. */
  addedToday: { bulletId: number; text: string }[];
}

/**
 * What changed between a past export and today: `worded` is the résumé with the job's wording (nothing
 * removed), `tailored` the same with today's exclusions applied.
 */
export function compareExport(
  sent: { bulletIds: readonly number[]; bulletTexts: readonly string[] },
  worded: Resume,
  tailored: Resume,
): ExportComparison {
  const existing = new Map([...allBullets(worded)].map(({ bullet }) => [bullet.id, bullet.text]));
  const today = new Map([...allBullets(tailored)].map(({ bullet }) => [bullet.id, bullet.text]));
  const sentIds = new Set(sent.bulletIds);
  return {
    sent: sent.bulletIds.map((bulletId, index) => {
      const sentText = sent.bulletTexts[index] ?? '';
      const todayText = existing.get(bulletId) ?? null;
      const status: SentBulletStatus =
        todayText === null
          ? 'deleted'
          : !today.has(bulletId)
            ? 'left-out-today'
            : todayText === sentText
              ? 'same'
              : 'reworded';
      return { bulletId, sentText, status, todayText };
    }),
    addedToday: [...today].filter(([id]) => !sentIds.has(id)).map(([bulletId, text]) => ({ bulletId, text })),
  };
}
