import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { addRoute } from '../route';
import { AuditEventListSchema, ListAuditQuery } from '../../schemas/audit';
import { listAuditEvents } from '../../use-cases/audit';
import type { UseCaseContext } from '../../use-cases/context';

export function auditRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
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
