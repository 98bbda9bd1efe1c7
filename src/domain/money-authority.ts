import { isoDurationToMs } from './duration';
import type { CreditsPolicy } from './policies';

// Four eyes on the rules of four eyes: a credits policy change that lets more money out without a
// second person takes effect only once another admin approves it.

type Limit = number | null;

/** null is unlimited. */
function raises(before: Limit, after: Limit): boolean {
  if (after === null) return before !== null;
  return before !== null && after > before;
}

/**
 * The fields of `proposed` that widen money authority over `current`: a higher authority limit, a
 * higher dual-control threshold, a larger goodwill cap or a shorter goodwill window, or another
 * currency (the amounts would then mean other sums of money).
 */
export function widenedMoneyAuthority(current: CreditsPolicy, proposed: CreditsPolicy): string[] {
  const widened: string[] = [];
  if (proposed.currency !== current.currency) widened.push('currency');
  for (const role of Object.keys(current.authorityLimits) as (keyof CreditsPolicy['authorityLimits'])[]) {
    if (raises(current.authorityLimits[role], proposed.authorityLimits[role])) widened.push(`authorityLimits.${role}`);
  }
  if (proposed.dualControlThreshold > current.dualControlThreshold) widened.push('dualControlThreshold');
  if (proposed.goodwillCap > current.goodwillCap) widened.push('goodwillCap');
  if (isoDurationToMs(proposed.goodwillWindow) < isoDurationToMs(current.goodwillWindow)) widened.push('goodwillWindow');
  return widened;
}
