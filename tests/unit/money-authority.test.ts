import { widenedMoneyAuthority } from '../../src/domain/money-authority';
import { DEFAULT_POLICIES, type CreditsPolicy } from '../../src/domain/policies';

const current = DEFAULT_POLICIES.credits;
const limits = (changes: Partial<CreditsPolicy['authorityLimits']>) => ({ ...current.authorityLimits, ...changes });

describe('which credits policy changes widen money authority', () => {
  it.each<[string, Partial<CreditsPolicy>, string[]]>([
    ['a higher agent limit', { authorityLimits: limits({ agent: 5_001 }) }, ['authorityLimits.agent']],
    ['two higher limits', { authorityLimits: limits({ supervisor: 60_000, accounting: 600_000 }) }, ['authorityLimits.supervisor', 'authorityLimits.accounting']],
    ['a higher dual-control threshold', { dualControlThreshold: 500_001 }, ['dualControlThreshold']],
    ['a larger goodwill cap', { goodwillCap: 20_000 }, ['goodwillCap']],
    ['a shorter goodwill window', { goodwillWindow: 'P30D' }, ['goodwillWindow']],
    ['another currency', { currency: 'USD' }, ['currency']],
  ])('%s widens it', (_label, change, fields) => {
    expect(widenedMoneyAuthority(current, { ...current, ...change })).toEqual(fields);
  });

  it('counts a limit made unlimited as raised, and a limit put on an unlimited role as lowered', () => {
    const limited = { ...current, authorityLimits: limits({ accounting_manager: 1_000_000 }) };
    expect(widenedMoneyAuthority(current, limited)).toEqual([]);
    expect(widenedMoneyAuthority(limited, current)).toEqual(['authorityLimits.accounting_manager']);
  });

  it.each<[string, Partial<CreditsPolicy>]>([
    ['the same document', {}],
    ['lower limits', { authorityLimits: limits({ agent: 1_000, supervisor: 10_000 }) }],
    ['a lower threshold and cap, a longer window', { dualControlThreshold: 100_000, goodwillCap: 5_000, goodwillWindow: 'P180D' }],
    ['other timings only', { decision: { target: 'PT2H' }, warningFraction: 0.5, expiresAfter: 'P10D' }],
  ])('%s does not', (_label, change) => {
    expect(widenedMoneyAuthority(current, { ...current, ...change })).toEqual([]);
  });
});
