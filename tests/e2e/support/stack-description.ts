import type { Role } from '../../../src/domain/roles';

/** What tests/e2e/support/stack.ts started, as the journeys read it. */
export interface E2ePerson {
  name: string;
  role: Role;
  email: string;
  password: string;
}

/** The people the stack makes, one per part the journeys need. */
export const PEOPLE = {
  agent: { name: 'Ada Agent', role: 'agent' },
  otherAgent: { name: 'Otto Agent', role: 'agent' },
  accounting: { name: 'Ann Accounting', role: 'accounting' },
  manager: { name: 'Max Manager', role: 'accounting_manager' },
  warehouse: { name: 'Walt Warehouse', role: 'warehouse' },
  supervisor: { name: 'Sue Supervisor', role: 'supervisor' },
  sales: { name: 'Sam Sales', role: 'sales' },
  admin: { name: 'Ari Admin', role: 'admin' },
  ops: { name: 'Olga Ops', role: 'ops' },
} as const satisfies Record<string, Pick<E2ePerson, 'name' | 'role'>>;

export interface E2eStack {
  baseUrl: string;
  databaseUrl: string;
  /** Every message sent, one JSON file each (tests/support/mailbox.ts's ReceivedMail), in order. */
  mailDir: string;
  people: Record<keyof typeof PEOPLE, E2ePerson>;
}

/** The stack prints this, then its description as JSON, on one line of stdout when it is ready. */
export const READY = 'E2E_STACK ';
/** The environment variable that carries the description from the global setup to the journeys. */
export const STACK_ENV = 'E2E_STACK';

export function e2eStack(): E2eStack {
  const description = process.env[STACK_ENV];
  if (!description) throw new Error(`${STACK_ENV} is not set: run the journeys with \`npx playwright test\``);
  return JSON.parse(description) as E2eStack;
}
