import { z } from 'zod';
import { parseIsoDuration } from './duration';

// Policy documents: the numbers of DESIGN.md held as data, versioned, changeable without a deploy.
// A workflow reads the current version once when it starts and keeps it.

const isoDuration = z
  .string()
  .refine((text) => parseIsoDuration(text) !== undefined, {
    message: 'must be an ISO-8601 duration such as PT4H, P1D or PT30S',
  });
const minorUnits = z.number().int().nonnegative();
const fraction = z.number().gt(0).lt(1);
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');
const isoDate = z.iso.date();
const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/Berlin' },
);

export const CalendarPolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('24x7') }).strict(),
  z
    .object({
      kind: z.literal('business_hours'),
      timeZone,
      workingDays: z.array(z.number().int().min(1).max(7)).min(1).describe('ISO weekdays, 1 = Monday'),
      opensAt: localTime,
      closesAt: localTime,
      holidays: z.array(isoDate),
    })
    .strict()
    .refine((calendar) => calendar.opensAt < calendar.closesAt, {
      message: 'opensAt must be before closesAt',
      path: ['closesAt'],
    }),
]);

const slaStep = z.object({ target: isoDuration }).strict();

export const CreditsPolicySchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code'),
    authorityLimits: z
      .object({
        agent: minorUnits,
        supervisor: minorUnits,
        accounting: minorUnits,
        accounting_manager: minorUnits.nullable().describe('null: unlimited'),
      })
      .strict(),
    dualControlThreshold: minorUnits,
    goodwillCap: minorUnits,
    goodwillWindow: isoDuration,
    decision: slaStep,
    warningFraction: fraction,
    expiresAfter: isoDuration,
  })
  .strict();

export const ReturnsPolicySchema = z
  .object({
    defaultWindow: isoDuration,
    categoryWindows: z.record(z.string().min(1), isoDuration),
    finalSaleCategories: z.array(z.string().min(1)),
    restockingFeePercent: z.number().int().min(0).max(100),
    reminderAfter: isoDuration,
    expiresAfter: isoDuration,
    inspection: slaStep,
    warningFraction: fraction,
  })
  .strict();

const severityTargets = z.object({ ack: isoDuration, resolve: isoDuration, clock: z.enum(['24x7', 'business']) }).strict();

export const EscalationsPolicySchema = z
  .object({
    severities: z.object({ P1: severityTargets, P2: severityTargets, P3: severityTargets, P4: severityTargets }).strict(),
    warningFraction: fraction,
    autoCloseAfter: isoDuration,
  })
  .strict();

const tierTargets = z.object({ standard: isoDuration, priority: isoDuration, strategic: isoDuration }).strict();

export const HandoffPolicySchema = z
  .object({
    welcomeContact: tierTargets,
    checkIns: z.array(isoDuration).min(1),
    checkInContact: isoDuration,
    commitmentReminderBefore: isoDuration,
    surveyAt: isoDuration,
    surveyWindow: isoDuration,
    warningFraction: fraction,
  })
  .strict();

export const POLICY_SCHEMAS = {
  calendar: CalendarPolicySchema,
  credits: CreditsPolicySchema,
  returns: ReturnsPolicySchema,
  escalations: EscalationsPolicySchema,
  handoff: HandoffPolicySchema,
} as const;

export type PolicyName = keyof typeof POLICY_SCHEMAS;
export const POLICY_NAMES = Object.keys(POLICY_SCHEMAS) as PolicyName[];
export type PolicyDocument<N extends PolicyName> = z.infer<(typeof POLICY_SCHEMAS)[N]>;

export type CalendarPolicy = PolicyDocument<'calendar'>;
export type CreditsPolicy = PolicyDocument<'credits'>;
export type ReturnsPolicy = PolicyDocument<'returns'>;
export type EscalationsPolicy = PolicyDocument<'escalations'>;
export type HandoffPolicy = PolicyDocument<'handoff'>;

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICY_SCHEMAS, name);
}

/** The defaults of DESIGN.md: version 1 of every policy. */
export const DEFAULT_POLICIES: { [N in PolicyName]: PolicyDocument<N> } = {
  calendar: {
    kind: 'business_hours',
    timeZone: 'Europe/London',
    workingDays: [1, 2, 3, 4, 5],
    opensAt: '09:00',
    closesAt: '17:00',
    holidays: ['2026-12-25', '2026-12-28', '2027-01-01'],
  },
  credits: {
    currency: 'EUR',
    authorityLimits: { agent: 5_000, supervisor: 50_000, accounting: 500_000, accounting_manager: null },
    dualControlThreshold: 500_000,
    goodwillCap: 10_000,
    goodwillWindow: 'P90D',
    decision: { target: 'P1D' },
    warningFraction: 0.75,
    expiresAfter: 'P5D',
  },
  returns: {
    defaultWindow: 'P30D',
    categoryWindows: { electronics: 'P15D' },
    finalSaleCategories: [],
    restockingFeePercent: 15,
    reminderAfter: 'P7D',
    expiresAfter: 'P14D',
    inspection: { target: 'P2D' },
    warningFraction: 0.75,
  },
  escalations: {
    severities: {
      P1: { ack: 'PT15M', resolve: 'PT4H', clock: '24x7' },
      P2: { ack: 'PT1H', resolve: 'PT8H', clock: 'business' },
      P3: { ack: 'PT4H', resolve: 'P3D', clock: 'business' },
      P4: { ack: 'P1D', resolve: 'P5D', clock: 'business' },
    },
    warningFraction: 0.75,
    autoCloseAfter: 'P3D',
  },
  handoff: {
    welcomeContact: { standard: 'P1D', priority: 'PT4H', strategic: 'PT4H' },
    checkIns: ['P7D', 'P30D', 'P90D'],
    checkInContact: 'P1D',
    commitmentReminderBefore: 'P2D',
    surveyAt: 'P30D',
    surveyWindow: 'P14D',
    warningFraction: 0.75,
  },
};
