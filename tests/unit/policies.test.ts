import { DEFAULT_POLICIES, POLICY_NAMES, POLICY_SCHEMAS } from '../../src/domain/policies';

describe('policy documents', () => {
  it.each(POLICY_NAMES)('the default %s policy is valid', (name) => {
    expect(POLICY_SCHEMAS[name].safeParse(DEFAULT_POLICIES[name]).success).toBe(true);
  });

  it('names the field of a bad duration', () => {
    const result = POLICY_SCHEMAS.credits.safeParse({ ...DEFAULT_POLICIES.credits, expiresAfter: '5 days' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['expiresAfter']);
  });

  it('refuses a fractional amount of money', () => {
    const limits = { ...DEFAULT_POLICIES.credits.authorityLimits, agent: 50.5 };
    const result = POLICY_SCHEMAS.credits.safeParse({ ...DEFAULT_POLICIES.credits, authorityLimits: limits });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['authorityLimits.agent']);
  });

  it('refuses an unknown time zone and a closing time before opening', () => {
    const result = POLICY_SCHEMAS.calendar.safeParse({ ...DEFAULT_POLICIES.calendar, timeZone: 'Mars/Olympus' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['timeZone']);
    const inverted = POLICY_SCHEMAS.calendar.safeParse({ ...DEFAULT_POLICIES.calendar, opensAt: '18:00' });
    expect(inverted.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['closesAt']);
  });

  it('accepts a 24x7 calendar and refuses unknown fields', () => {
    expect(POLICY_SCHEMAS.calendar.safeParse({ kind: '24x7' }).success).toBe(true);
    expect(POLICY_SCHEMAS.calendar.safeParse({ kind: '24x7', extra: 1 }).success).toBe(false);
  });
});
