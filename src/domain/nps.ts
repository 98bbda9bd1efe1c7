// Net promoter score arithmetic. Pure, shared by the handoff workflow and the NPS report.

export const NPS_CATEGORIES = ['promoter', 'passive', 'detractor'] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];

export function isNpsScore(score: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= 10;
}

/** Promoters answer 9-10, passives 7-8, detractors 0-6. */
export function npsCategory(score: number): NpsCategory {
  if (!isNpsScore(score)) throw new RangeError(`an NPS score is a whole number from 0 to 10, not ${score}`);
  if (score >= 9) return 'promoter';
  return score >= 7 ? 'passive' : 'detractor';
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * % promoters − % detractors of all answers, from −100 to 100, rounded half away from zero to a
 * whole number (in integers, so 12.5 is 13 and −12.5 is −13); null when nobody answered.
 */
export function netPromoterScore({ promoters, passives, detractors }: NpsCounts): number | null {
  const answers = promoters + passives + detractors;
  if (answers === 0) return null;
  const difference = promoters - detractors;
  const rounded = Math.floor((200 * Math.abs(difference) + answers) / (2 * answers));
  return difference < 0 ? -rounded : rounded;
}
