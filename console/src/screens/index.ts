import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteKey } from '../../../src/domain/access';
import type { Role } from '../../../src/domain/roles';
import { mayUse } from '../access';

// Every screen of the console: where it lives, what the navigation calls it, and the API routes
// it uses, which decide who sees it (src/domain/access.ts). Each screen is its own file, loaded
// when first opened, so the first load stays small. A new screen is one file and one entry here.

export interface Screen {
  path: string;
  title: string;
  /** In the main navigation (a screen reached from another, such as one case, is not). */
  inNav: boolean;
  needs: readonly RouteKey[];
  Component: LazyExoticComponent<ComponentType>;
}

export const SCREENS: readonly Screen[] = [
  { path: '/cases', title: 'My cases', inNav: true, needs: ['GET /v1/cases'], Component: lazy(() => import('./MyCases')) },
  { path: '/cases/:id', title: 'Case', inNav: false, needs: ['GET /v1/cases/:id'], Component: lazy(() => import('./CaseScreen')) },
  {
    path: '/approvals',
    title: 'Approvals',
    inNav: true,
    needs: ['GET /v1/credits', 'POST /v1/credits/:id/approve', 'POST /v1/credits/:id/reject'],
    Component: lazy(() => import('./ApprovalQueue')),
  },
  { path: '/find', title: 'Find', inNav: true, needs: ['GET /v1/cases', 'GET /v1/orders/:id'], Component: lazy(() => import('./FindCustomer')) },
  { path: '/orders/:id', title: 'Order', inNav: false, needs: ['GET /v1/orders/:id'], Component: lazy(() => import('./OrderScreen')) },
  {
    path: '/handoff-book',
    title: 'Handoff book',
    inNav: true,
    needs: ['GET /v1/handoffs', 'POST /v1/handoffs/:id/contacts'],
    Component: lazy(() => import('./HandoffBook')),
  },
  {
    path: '/warehouse',
    title: 'Warehouse',
    inNav: true,
    needs: ['GET /v1/returns', 'POST /v1/returns/:id/receipt', 'POST /v1/returns/:id/inspection'],
    Component: lazy(() => import('./WarehouseQueue')),
  },
  { path: '/returns/:id', title: 'Return', inNav: false, needs: ['GET /v1/returns/:id'], Component: lazy(() => import('./ReturnScreen')) },
  { path: '/escalations', title: 'Escalations', inNav: true, needs: ['GET /v1/escalations'], Component: lazy(() => import('./EscalationQueue')) },
  { path: '/escalations/:id', title: 'Escalation', inNav: false, needs: ['GET /v1/escalations/:id'], Component: lazy(() => import('./EscalationScreen')) },
  { path: '/ledger', title: 'Ledger', inNav: true, needs: ['GET /v1/ledger'], Component: lazy(() => import('./Ledger')) },
  {
    path: '/delegations',
    title: 'Delegations',
    inNav: true,
    needs: ['GET /v1/delegations', 'POST /v1/delegations', 'POST /v1/delegations/:id/end'],
    Component: lazy(() => import('./Delegations')),
  },
  {
    path: '/ops',
    title: 'Operations',
    inNav: true,
    needs: ['GET /v1/reports/sla', 'GET /v1/reports/open-work', 'GET /v1/reports/issues', 'GET /v1/reports/nps', 'GET /v1/reports/resolution'],
    Component: lazy(() => import('./OpsDashboard')),
  },
  {
    path: '/deals',
    title: 'My deals',
    inNav: true,
    needs: ['POST /v1/handoffs', 'GET /v1/handoffs', 'GET /v1/handoffs/:id'],
    Component: lazy(() => import('./SalesHandoffs')),
  },
  {
    path: '/admin',
    title: 'Administration',
    inNav: true,
    needs: ['GET /v1/users', 'GET /v1/invitations', 'POST /v1/invitations', 'PUT /v1/policies/:name', 'GET /v1/policy-changes'],
    Component: lazy(() => import('./AdminScreen')),
  },
  {
    path: '/my-keys',
    title: 'My API keys',
    inNav: true,
    needs: ['GET /v1/me/keys', 'POST /v1/me/keys', 'POST /v1/me/keys/:keyId/revoke'],
    Component: lazy(() => import('./MyApiKeys')),
  },
];

export function visibleScreens(role: Role): Screen[] {
  return SCREENS.filter((screen) => screen.inNav && mayUse(role, screen.needs));
}
