import { APPROVER_ROLES } from './credits';
import { DELEGATION_ROLES } from './delegations';
import { FRONTLINE_ROLES, type Role } from './roles';

// Who may read and do what: every route of the API with the roles that may call it and the rule
// on the object it names. src/api/route.ts registers no route missing from this table, and the
// process catalog's actions (the "what is next" of every view) take their roles from it.

export const RESOURCES = ['case', 'credit', 'return', 'escalation', 'handoff', 'order'] as const;
export type Resource = (typeof RESOURCES)[number];

/** `all`: every one; `involved`: only those the caller takes part in. A role left out reads none. */
export type ReadScope = 'all' | 'involved';

// Taking part (src/use-cases/visibility.ts):
// - a case: working it, that is having opened it, owning it, acted on it or one of its processes,
//   owning its handoff or being assigned one of its escalations;
// - a credit, return, escalation or handoff: working its case (a requester, a handoff's owner and
//   the salesperson who handed it over always do); also a pending credit the caller may decide now
//   (their approval queue) and an escalation waiting unacknowledged in a tier the caller's role works;
// - an order: having recorded it.

export const READ_SCOPES: Record<Resource, Partial<Record<Role, ReadScope>>> = {
  case: {
    agent: 'involved',
    supervisor: 'all',
    accounting: 'involved',
    accounting_manager: 'involved',
    warehouse: 'involved',
    sales: 'involved',
    ops: 'all',
  },
  credit: { agent: 'involved', supervisor: 'all', accounting: 'all', accounting_manager: 'all', ops: 'all' },
  return: { agent: 'involved', supervisor: 'all', accounting: 'all', accounting_manager: 'all', warehouse: 'all', ops: 'all' },
  escalation: { agent: 'involved', supervisor: 'all', ops: 'all' },
  handoff: { agent: 'involved', supervisor: 'all', sales: 'involved', ops: 'all' },
  order: { agent: 'all', supervisor: 'all', accounting: 'all', accounting_manager: 'all', sales: 'involved' },
};

export function readScope(resource: Resource, role: Role): ReadScope | undefined {
  return READ_SCOPES[resource][role];
}

/** The roles that read some of a resource. */
export function readersOf(resource: Resource): Role[] {
  return Object.keys(READ_SCOPES[resource]) as Role[];
}

/** Amounts (credits, refunds, totals) are shown only to roles that read credits. */
export function seesMoney(role: Role): boolean {
  return readScope('credit', role) !== undefined;
}

/** A further rule, beyond reading the object, on who of the route's roles may act on it. */
export type ActorRule = 'handoff_owner_or_supervisor';

export interface RouteAccess {
  roles: readonly Role[] | 'any';
  /** The object named by the path's `:id`: a caller who may not read it gets a 404, as if it did not exist. */
  object?: Resource;
  actor?: ActorRule;
  /** A list: it holds only what the caller may read. */
  lists?: Resource;
  /** Needs no authentication (signing in, accepting an invitation); any key sent is ignored. */
  public?: true;
}

const REPORT_READERS = ['ops', 'admin'] as const satisfies readonly Role[];
const ADMIN = ['admin'] as const satisfies readonly Role[];

/** Keyed by method and Express path. */
export const ROUTE_ACCESS = {
  'POST /v1/cases': { roles: FRONTLINE_ROLES },
  'GET /v1/cases': { roles: readersOf('case'), lists: 'case' },
  'GET /v1/cases/:id': { roles: readersOf('case'), object: 'case' },
  'POST /v1/cases/:id/close': { roles: FRONTLINE_ROLES, object: 'case' },
  // Of the frontline, only the case's owner or a supervisor: the case's workflow decides (403).
  'POST /v1/cases/:id/transfer': { roles: FRONTLINE_ROLES, object: 'case' },
  'POST /v1/cases/:id/callbacks': { roles: FRONTLINE_ROLES, object: 'case' },
  'POST /v1/cases/:id/callbacks/:n/done': { roles: FRONTLINE_ROLES, object: 'case' },
  // Whoever answers a customer sees their whole history, whoever worked it: a customer's cases and processes.
  'GET /v1/customers/:id': { roles: [...FRONTLINE_ROLES, 'ops'] },

  // Credits are requested and decided by the roles that hold an authority limit.
  'POST /v1/credits': { roles: APPROVER_ROLES },
  'GET /v1/credits': { roles: readersOf('credit'), lists: 'credit' },
  'GET /v1/credits/:id': { roles: readersOf('credit'), object: 'credit' },
  'POST /v1/credits/:id/approve': { roles: APPROVER_ROLES, object: 'credit' },
  'POST /v1/credits/:id/reject': { roles: APPROVER_ROLES, object: 'credit' },
  'POST /v1/credits/:id/recall': { roles: APPROVER_ROLES, object: 'credit' },
  'POST /v1/delegations': { roles: DELEGATION_ROLES },
  // The caller's own delegations, given or received; an admin sees and ends all of them.
  'GET /v1/delegations': { roles: [...DELEGATION_ROLES, 'admin'] },
  'POST /v1/delegations/:id/end': { roles: [...DELEGATION_ROLES, 'admin'] },
  'GET /v1/ledger': { roles: ['accounting', 'accounting_manager', 'ops'] },

  'POST /v1/orders': { roles: ['sales'] },
  'GET /v1/orders/:id': { roles: readersOf('order'), object: 'order' },
  'POST /v1/returns': { roles: FRONTLINE_ROLES },
  'GET /v1/returns': { roles: readersOf('return'), lists: 'return' },
  'GET /v1/returns/:id': { roles: readersOf('return'), object: 'return' },
  'POST /v1/returns/:id/receipt': { roles: ['warehouse'], object: 'return' },
  'POST /v1/returns/:id/inspection': { roles: ['warehouse'], object: 'return' },
  'POST /v1/returns/:id/exception': { roles: ['supervisor'], object: 'return' },
  'POST /v1/returns/:id/cancel': { roles: FRONTLINE_ROLES, object: 'return' },

  'POST /v1/escalations': { roles: FRONTLINE_ROLES },
  'GET /v1/escalations': { roles: readersOf('escalation'), lists: 'escalation' },
  'GET /v1/escalations/:id': { roles: readersOf('escalation'), object: 'escalation' },
  'GET /v1/escalations/:id/notes': { roles: readersOf('escalation'), object: 'escalation' },
  'POST /v1/escalations/:id/acknowledge': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/notes': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/reassign': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/escalate': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/wait-on-customer': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/customer-replied': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/resolve': { roles: FRONTLINE_ROLES, object: 'escalation' },
  'POST /v1/escalations/:id/confirm': { roles: FRONTLINE_ROLES, object: 'escalation' },

  'POST /v1/handoffs': { roles: ['sales'] },
  'GET /v1/handoffs': { roles: readersOf('handoff'), lists: 'handoff' },
  'GET /v1/handoffs/:id': { roles: readersOf('handoff'), object: 'handoff' },
  'GET /v1/handoffs/:id/contacts': { roles: readersOf('handoff'), object: 'handoff' },
  'POST /v1/handoffs/:id/contacts': { roles: FRONTLINE_ROLES, object: 'handoff', actor: 'handoff_owner_or_supervisor' },
  'POST /v1/handoffs/:id/commitments/:n/fulfil': { roles: FRONTLINE_ROLES, object: 'handoff', actor: 'handoff_owner_or_supervisor' },
  'POST /v1/handoffs/:id/commitments/:n/waive': { roles: ['supervisor'], object: 'handoff' },
  // Staff record an answer the customer gave on the phone; the customer's own survey link is not a staff route.
  'POST /v1/handoffs/:id/survey-response': { roles: FRONTLINE_ROLES, object: 'handoff', actor: 'handoff_owner_or_supervisor' },

  'GET /v1/reports/sla': { roles: REPORT_READERS },
  'GET /v1/reports/issues': { roles: REPORT_READERS },
  'GET /v1/reports/open-work': { roles: REPORT_READERS },
  'GET /v1/reports/nps': { roles: ['ops', 'admin', 'supervisor', 'sales'] },
  'GET /v1/reports/resolution': { roles: [...REPORT_READERS, 'supervisor'] },

  'GET /v1/policies/:name': { roles: 'any' },
  'PUT /v1/policies/:name': { roles: ADMIN },
  // A change that widens money authority waits for a second admin.
  'GET /v1/policy-changes': { roles: ADMIN },
  'GET /v1/policy-changes/:id': { roles: ADMIN },
  'POST /v1/policy-changes/:id/approve': { roles: ADMIN },
  'POST /v1/policy-changes/:id/reject': { roles: ADMIN },
  'GET /v1/audit': { roles: ['admin', 'ops'] },
  // The notifications outbox: what was sent and what failed; a failed message sent again.
  'GET /v1/notifications': { roles: REPORT_READERS },
  'POST /v1/notifications/:id/retry': { roles: REPORT_READERS },
  'GET /v1/processes': { roles: 'any' },

  // People sign in with email and password; whoever is authenticated reads and ends their session.
  'POST /v1/session': { roles: 'any', public: true },
  'GET /v1/session': { roles: 'any' },
  'DELETE /v1/session': { roles: 'any' },
  // People make and revoke their own API keys; an admin only revokes anyone's.
  'GET /v1/me/keys': { roles: 'any' },
  'POST /v1/me/keys': { roles: 'any' },
  'POST /v1/me/keys/:keyId/revoke': { roles: 'any' },

  // An admin invites a person, who accepts with the link's token and their own password.
  'POST /v1/invitations': { roles: ADMIN },
  'GET /v1/invitations': { roles: ADMIN },
  'POST /v1/invitations/:id/revoke': { roles: ADMIN },
  'POST /v1/invitations/accept': { roles: 'any', public: true },

  // Customers act for themselves through signed links, without signing in (src/api/routes/self-service.ts).
  'GET /v1/public/surveys/:token': { roles: 'any', public: true },
  'POST /v1/public/surveys/:token': { roles: 'any', public: true },
  'POST /v1/public/order-lookups': { roles: 'any', public: true },
  'GET /v1/public/orders/:token': { roles: 'any', public: true },
  'POST /v1/public/orders/:token/returns': { roles: 'any', public: true },
  'POST /v1/public/orders/:token/exception-requests': { roles: 'any', public: true },
  'GET /v1/public/returns/:token': { roles: 'any', public: true },
  'GET /v1/public/credits/:token': { roles: 'any', public: true },

  'POST /v1/users': { roles: ADMIN },
  'GET /v1/users': { roles: ADMIN },
  'GET /v1/users/:id': { roles: ADMIN },
  'POST /v1/users/:id/keys/:keyId/revoke': { roles: ADMIN },
  'POST /v1/users/:id/deactivate': { roles: ADMIN },
  'PUT /v1/users/:id/role': { roles: ADMIN },
} as const satisfies Record<string, RouteAccess>;

export type RouteKey = keyof typeof ROUTE_ACCESS;

export function routeAccess(method: string, path: string): RouteAccess | undefined {
  return (ROUTE_ACCESS as Record<string, RouteAccess>)[`${method.toUpperCase()} ${path}`];
}

/** The roles of a process action, by its catalog path (`{id}` for parameters). */
export function actionRoles(path: string): readonly Role[] {
  const access = routeAccess('POST', path.replace(/\{(\w+)\}/g, ':$1'));
  if (!access || access.roles === 'any') throw new Error(`no action POST ${path} in the access table`);
  return access.roles;
}
