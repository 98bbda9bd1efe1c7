import { z } from 'zod';
import {
  amountMinor,
  category,
  currencyCode,
  fraction,
  isoDurationBetween,
  localTime,
  MAX_CATEGORIES,
  MAX_CHECK_INS,
  MAX_HOLIDAYS,
  MIN_WORKING_WEEK_MINUTES,
  STEP_DURATION,
  timeZone,
  unique,
  WINDOW_DURATION,
  workingWeekMinutes,
} from './policy-bounds';

// Policy documents: the numbers of DESIGN.md held as data, versioned, changeable without a deploy.
// A workflow reads the current version once when it starts and keeps it. Every field is bounded
// (see policy-bounds.ts), so no document an admin can save stalls a workflow.

const stepDuration = isoDurationBetween(STEP_DURATION);
const windowDuration = isoDurationBetween(WINDOW_DURATION);

export const CalendarPolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('24x7') }).strict(),
  z
    .object({
      kind: z.literal('business_hours'),
      timeZone,
      workingDays: z
        .array(z.number().int().min(1).max(7))
        .min(1)
        .max(7)
        .refine(unique, 'each weekday once')
        .describe('ISO weekdays, 1 = Monday'),
      opensAt: localTime,
      closesAt: localTime,
      holidays: z.array(z.iso.date()).max(MAX_HOLIDAYS).refine(unique, 'each date once'),
    })
    .strict()
    .superRefine((calendar, context) => {
      if (calendar.opensAt >= calendar.closesAt) {
        context.addIssue({ code: 'custom', message: 'opensAt must be before closesAt', path: ['closesAt'] });
      } else if (calendar.workingDays.length > 0 && workingWeekMinutes(calendar) < MIN_WORKING_WEEK_MINUTES) {
        const message = `the working week (opening hours × working days) must be at least ${MIN_WORKING_WEEK_MINUTES / 60} hours`;
        context.addIssue({ code: 'custom', message, path: ['closesAt'] });
      }
    }),
]);

const slaStep = z.object({ target: stepDuration }).strict();

export const CreditsPolicySchema = z
  .object({
    currency: currencyCode,
    authorityLimits: z
      .object({
        agent: amountMinor,
        supervisor: amountMinor,
        accounting: amountMinor,
        accounting_manager: amountMinor.nullable().describe('null: unlimited'),
      })
      .strict(),
    dualControlThreshold: amountMinor,
    goodwillCap: amountMinor,
    goodwillWindow: windowDuration,
    decision: slaStep,
    warningFraction: fraction,
    expiresAfter: stepDuration,
  })
  .strict();

export const ReturnsPolicySchema = z
  .object({
    defaultWindow: windowDuration,
    categoryWindows: z
      .record(category, windowDuration)
      .refine((windows) => Object.keys(windows).length <= MAX_CATEGORIES, `at most ${MAX_CATEGORIES} categories`),
    finalSaleCategories: z.array(category).max(MAX_CATEGORIES).refine(unique, 'each category once'),
    restockingFeePercent: z.number().int().min(0).max(100),
    reminderAfter: stepDuration,
    expiresAfter: stepDuration,
    inspection: slaStep,
    warningFraction: fraction,
  })
  .strict();

const severityTargets = z.object({ ack: stepDuration, resolve: stepDuration, clock: z.enum(['24x7', 'business']) }).strict();

export const EscalationsPolicySchema = z
  .object({
    severities: z.object({ P1: severityTargets, P2: severityTargets, P3: severityTargets, P4: severityTargets }).strict(),
    warningFraction: fraction,
    autoCloseAfter: stepDuration,
  })
  .strict();

const tierTargets = z.object({ standard: stepDuration, priority: stepDuration, strategic: stepDuration }).strict();

export const HandoffPolicySchema = z
  .object({
    welcomeContact: tierTargets,
    checkIns: z.array(stepDuration).min(1).max(MAX_CHECK_INS),
    checkInContact: stepDuration,
    commitmentReminderBefore: stepDuration,
    surveyAt: stepDuration,
    surveyWindow: stepDuration,
    warningFraction: fraction,
  })
  .strict();

export const CasesPolicySchema = z
  .object({
    callbackReminderBefore: stepDuration.describe('How long before a promised callback falls due its owner is reminded, on the calendar'),
    firstContactResolutionWindow: stepDuration.describe(
      'A case closed within this time of opening (on the calendar), by its opener, with no transfer and no escalation, is a first-contact resolution',
    ),
  })
  .strict();

export const POLICY_SCHEMAS = {
  calendar: CalendarPolicySchema,
  credits: CreditsPolicySchema,
  returns: ReturnsPolicySchema,
  escalations: EscalationsPolicySchema,
  handoff: HandoffPolicySchema,
  cases: CasesPolicySchema,
} as const;

export type PolicyName = keyof typeof POLICY_SCHEMAS;
export const POLICY_NAMES = Object.keys(POLICY_SCHEMAS) as PolicyName[];
export type PolicyDocument<N extends PolicyName> = z.infer<(typeof POLICY_SCHEMAS)[N]>;

export type CalendarPolicy = PolicyDocument<'calendar'>;
export type CreditsPolicy = PolicyDocument<'credits'>;
export type ReturnsPolicy = PolicyDocument<'returns'>;
export type EscalationsPolicy = PolicyDocument<'escalations'>;
export type HandoffPolicy = PolicyDocument<'handoff'>;
export type CasesPolicy = PolicyDocument<'cases'>;

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
  cases: {
    callbackReminderBefore: 'PT1H',
    firstContactResolutionWindow: 'P1D',
  },
};
