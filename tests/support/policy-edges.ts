import { DEFAULT_POLICIES, type PolicyName } from '../../src/domain/policies';

// Every bounded policy field with values at the edges of its bounds (accepted) and just past them
// (refused, with the field named). Paths are the fields' names in a 400's `errors`.

export interface PolicyEdge {
  policy: PolicyName;
  field: string;
  value: unknown;
  accepted: boolean;
}

const STEP_FIELDS: Array<[PolicyName, string]> = [
  ['credits', 'decision.target'],
  ['credits', 'expiresAfter'],
  ['returns', 'reminderAfter'],
  ['returns', 'expiresAfter'],
  ['returns', 'inspection.target'],
  ['escalations', 'severities.P1.ack'],
  ['escalations', 'severities.P4.resolve'],
  ['escalations', 'autoCloseAfter'],
  ['handoff', 'welcomeContact.standard'],
  ['handoff', 'checkIns.0'],
  ['handoff', 'checkInContact'],
  ['handoff', 'commitmentReminderBefore'],
  ['handoff', 'surveyAt'],
  ['handoff', 'surveyWindow'],
  ['cases', 'callbackReminderBefore'],
  ['cases', 'firstContactResolutionWindow'],
];
const WINDOW_FIELDS: Array<[PolicyName, string]> = [
  ['credits', 'goodwillWindow'],
  ['returns', 'defaultWindow'],
  ['returns', 'categoryWindows.electronics'],
];
const AMOUNT_FIELDS = ['agent', 'supervisor', 'accounting', 'accounting_manager'].map((role) => `authorityLimits.${role}`);
const FRACTION_POLICIES: PolicyName[] = ['credits', 'returns', 'escalations', 'handoff'];

const tooLong = `PT${'9'.repeat(40)}S`;

/** A copy of `document` with the value at `path` (dot-separated keys and array indexes) replaced. */
export function withValue(document: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target: Record<string, unknown> = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = value;
  return copy;
}

function edges(fields: Array<[PolicyName, string]>, accepted: unknown[], refused: unknown[]): PolicyEdge[] {
  return fields.flatMap(([policy, field]) => [
    ...accepted.map((value) => ({ policy, field, value, accepted: true })),
    ...refused.map((value) => ({ policy, field, value, accepted: false })),
  ]);
}

export const VALUE_EDGES: PolicyEdge[] = [
  ...edges(STEP_FIELDS, ['PT1S', 'P366D', 'P52W', 'PT8784H'], ['PT0S', 'PT0.5S', 'P366DT1S', 'P53W', 'P99999W', 'P999999999D', tooLong, 'soon']),
  ...edges(WINDOW_FIELDS, ['P1D', 'PT24H', 'P366D'], ['PT23H59M59S', 'PT1S', 'P367D', 'P99999W', 'P999999999D']),
  ...edges(
    [...AMOUNT_FIELDS, 'dualControlThreshold', 'goodwillCap'].map((field): [PolicyName, string] => ['credits', field]),
    [0, 100_000_000],
    [-1, 100_000_001, 0.5, 1e300],
  ),
  ...edges([['credits', 'authorityLimits.accounting_manager']], [null], []),
  ...edges(
    FRACTION_POLICIES.map((policy): [PolicyName, string] => [policy, 'warningFraction']),
    [0.001, 0.999],
    [0, 1, -0.5],
  ),
  ...edges([['credits', 'currency']], ['JPY'], ['eur', 'XYZ']),
  ...edges([['returns', 'restockingFeePercent']], [0, 100], [-1, 101, 7.5]),
];

const mondays = (count: number) =>
  Array.from({ length: count }, (_, n) => new Date(Date.UTC(2026, 11, 7) + n * 7 * 86_400_000).toISOString().slice(0, 10));
const categories = (count: number) => Array.from({ length: count }, (_, n) => `category ${n}`);

export interface DocumentEdge {
  policy: PolicyName;
  title: string;
  document: unknown;
  /** The field a 400 names; absent when the document is accepted. */
  refusedField?: string;
}

const calendar = (patch: Record<string, unknown>) => ({ ...DEFAULT_POLICIES.calendar, ...patch });
const returns = (patch: Record<string, unknown>) => ({ ...DEFAULT_POLICIES.returns, ...patch });
const handoff = (patch: Record<string, unknown>) => ({ ...DEFAULT_POLICIES.handoff, ...patch });

export const DOCUMENT_EDGES: DocumentEdge[] = [
  { policy: 'calendar', title: 'an 8-hour week on one day', document: calendar({ workingDays: [1], opensAt: '09:00', closesAt: '17:00' }) },
  { policy: 'calendar', title: 'a 7h59 week', document: calendar({ workingDays: [1], opensAt: '09:00', closesAt: '16:59' }), refusedField: 'closesAt' },
  { policy: 'calendar', title: 'every day, all day', document: calendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], opensAt: '00:00', closesAt: '23:59' }) },
  { policy: 'calendar', title: 'no working day', document: calendar({ workingDays: [] }), refusedField: 'workingDays' },
  { policy: 'calendar', title: 'a weekday twice', document: calendar({ workingDays: [1, 1, 2, 3, 4, 5] }), refusedField: 'workingDays' },
  { policy: 'calendar', title: 'weekday 8', document: calendar({ workingDays: [1, 8] }), refusedField: 'workingDays.1' },
  { policy: 'calendar', title: 'opening when closing', document: calendar({ opensAt: '09:00', closesAt: '09:00' }), refusedField: 'closesAt' },
  { policy: 'calendar', title: 'closing at 24:00', document: calendar({ closesAt: '24:00' }), refusedField: 'closesAt' },
  { policy: 'calendar', title: '366 holidays', document: calendar({ holidays: mondays(366) }) },
  { policy: 'calendar', title: '367 holidays', document: calendar({ holidays: mondays(367) }), refusedField: 'holidays' },
  { policy: 'calendar', title: 'a holiday twice', document: calendar({ holidays: ['2026-12-25', '2026-12-25'] }), refusedField: 'holidays' },
  { policy: 'calendar', title: 'February 29th of a common year', document: calendar({ holidays: ['2027-02-29'] }), refusedField: 'holidays.0' },
  { policy: 'calendar', title: 'Pacific/Kiritimati', document: calendar({ timeZone: 'Pacific/Kiritimati' }) },
  { policy: 'calendar', title: 'an unknown time zone', document: calendar({ timeZone: 'Mars/Olympus' }), refusedField: 'timeZone' },
  { policy: 'calendar', title: 'a UTC offset instead of a zone', document: calendar({ timeZone: '+01:00' }), refusedField: 'timeZone' },
  { policy: 'returns', title: '100 category windows', document: returns({ categoryWindows: Object.fromEntries(categories(100).map((name) => [name, 'P10D'])) }) },
  {
    policy: 'returns',
    title: '101 category windows',
    document: returns({ categoryWindows: Object.fromEntries(categories(101).map((name) => [name, 'P10D'])) }),
    refusedField: 'categoryWindows',
  },
  { policy: 'returns', title: 'a category with a NUL', document: returns({ categoryWindows: { 'tv\u0000': 'P10D' } }), refusedField: 'categoryWindows.tv\u0000' },
  { policy: 'returns', title: '100 final-sale categories', document: returns({ finalSaleCategories: categories(100) }) },
  { policy: 'returns', title: '101 final-sale categories', document: returns({ finalSaleCategories: categories(101) }), refusedField: 'finalSaleCategories' },
  { policy: 'returns', title: 'a final-sale category with a control character', document: returns({ finalSaleCategories: ['app\u0007arel'] }), refusedField: 'finalSaleCategories.0' },
  { policy: 'handoff', title: '12 check-ins', document: handoff({ checkIns: Array.from({ length: 12 }, (_, n) => `P${n + 1}D`) }) },
  { policy: 'handoff', title: '13 check-ins', document: handoff({ checkIns: Array.from({ length: 13 }, (_, n) => `P${n + 1}D`) }), refusedField: 'checkIns' },
  { policy: 'handoff', title: 'no check-in', document: handoff({ checkIns: [] }), refusedField: 'checkIns' },
];
