import { chooseOwner, commitmentClockPlan, type OwnerCandidate } from '../../src/domain/handoffs';
import { isoDurationToMs } from '../../src/domain/duration';

const agent = (name: string, openHandoffs: number, openKeyAccounts = 0, id = `id-${name}`): OwnerCandidate => ({
  id,
  name,
  role: 'agent',
  openHandoffs,
  openKeyAccounts,
});

describe('owner assignment', () => {
  it('gives a standard customer to the agent with the fewest open handoffs', () => {
    expect(chooseOwner('standard', [agent('Ada', 3), agent('Bea', 1), agent('Cy', 2)]).name).toBe('Bea');
  });

  it('spreads priority and strategic customers by open key accounts first', () => {
    const candidates = [agent('Ada', 1, 1), agent('Bea', 4, 0), agent('Cy', 2, 1)] as const;
    expect(chooseOwner('strategic', candidates).name).toBe('Bea');
    expect(chooseOwner('priority', candidates).name).toBe('Bea');
    expect(chooseOwner('standard', candidates).name).toBe('Ada');
  });

  it('breaks ties by name, then id, whatever the order given', () => {
    expect(chooseOwner('standard', [agent('Cy', 1), agent('Ada', 1), agent('Bea', 1)]).name).toBe('Ada');
    expect(chooseOwner('standard', [agent('Ada', 1, 0, 'b'), agent('Ada', 1, 0, 'a')]).id).toBe('a');
  });

  it('balances a run of assignments', () => {
    const team = [agent('Ada', 0), agent('Bea', 0), agent('Cy', 0)];
    for (let i = 0; i < 7; i++) {
      const chosen = chooseOwner('standard', team as [OwnerCandidate, ...OwnerCandidate[]]);
      chosen.openHandoffs += 1;
    }
    expect(team.map((candidate) => candidate.openHandoffs)).toEqual([3, 2, 2]);
  });
});

describe('a commitment clock', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  const twoDays = isoDurationToMs('P2D');

  it('runs to the due date and reminds two days before', () => {
    const plan = commitmentClockPlan(now + 10 * 86_400_000, now, twoDays);
    expect(isoDurationToMs(plan.target)).toBe(10 * 86_400_000);
    expect(plan.warningFraction).toBeCloseTo(0.8);
  });

  it('reminds at once when the due date is nearer than the reminder', () => {
    expect(commitmentClockPlan(now + 3_600_000, now, twoDays)).toEqual({ target: 'PT3600S', warningFraction: 0 });
  });

  it('is due at once when the date has passed', () => {
    expect(commitmentClockPlan(now - 1000, now, twoDays)).toEqual({ target: 'PT0S', warningFraction: 0 });
  });

  it('keeps milliseconds', () => {
    expect(isoDurationToMs(commitmentClockPlan(now + 1234, now, 0).target)).toBe(1234);
  });
});
