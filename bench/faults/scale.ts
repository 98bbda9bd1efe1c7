// How hard `npm run faults` pushes: the full run (the figures) or the short one `npm test`
// runs (FAULTS_SCALE=short, or `npm run faults -- --short`).

export interface FaultScale {
  name: 'full' | 'short';
  /** Credits asked for and approved while workers are killed (a third of each shape). */
  creditsUnderKills: number;
  killEveryMs: number;
  /** Credits in flight when Temporal is killed, and when PostgreSQL stops. */
  creditsUnderOutage: number;
  temporalDownMs: number;
  postgresDownMs: number;
  /** Returns and handoffs while the mail server is down, and how long it is. */
  returns: number;
  handoffs: number;
  smtpDownMs: number;
  /** Concurrent decisions on one credit, receipts on one return, contacts on one handoff. */
  decisions: number;
  receipts: number;
  contacts: number;
  concurrency: number;
  /** How long a client keeps retrying one request, and how long processes get to finish after the faults. */
  retryForMs: number;
  settleMs: number;
}

export const FULL_SCALE: FaultScale = {
  name: 'full',
  creditsUnderKills: 200,
  killEveryMs: 4_000,
  creditsUnderOutage: 60,
  temporalDownMs: 5_000,
  postgresDownMs: 15_000,
  returns: 20,
  handoffs: 20,
  smtpDownMs: 60_000,
  decisions: 50,
  receipts: 20,
  contacts: 20,
  concurrency: 16,
  retryForMs: 180_000,
  settleMs: 180_000,
};

export const SHORT_SCALE: FaultScale = {
  name: 'short',
  creditsUnderKills: 6,
  killEveryMs: 3_000,
  creditsUnderOutage: 6,
  temporalDownMs: 2_000,
  postgresDownMs: 3_000,
  returns: 3,
  handoffs: 3,
  smtpDownMs: 3_000,
  decisions: 10,
  receipts: 5,
  contacts: 5,
  concurrency: 6,
  retryForMs: 120_000,
  settleMs: 90_000,
};

export function scaleFrom(argv: string[], env: NodeJS.ProcessEnv): FaultScale {
  return argv.includes('--short') || env.FAULTS_SCALE === 'short' ? SHORT_SCALE : FULL_SCALE;
}
