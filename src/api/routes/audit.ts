import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { listAuditEvents } from '../../use-cases/audit';
import type { ApiContext } from '../context';
import { addRoute } from '../route';
import { AuditEventListSchema, ListAuditQuery } from '../schemas/audit';

export function auditRoutes(router: Router, registry: OpenAPIRegistry, context: ApiContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/audit',
    summary: 'The audit trail of administrative acts (people, roles, keys, policies, delegations), newest first',
    tag: 'Audit',
    query: ListAuditQuery,
    responses: { 200: { description: 'Audit events', schema: AuditEventListSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await listAuditEvents(ctx, query) }),
  });
}
