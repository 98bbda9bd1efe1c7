import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { addRoute } from '../route';
import { CustomerHistorySchema, CustomerIdParams } from '../../schemas/customers';
import type { UseCaseContext } from '../../use-cases/context';
import { readCustomerHistory } from '../../use-cases/customers';

export function customerRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/customers/:id',
    summary: "A customer's history: every case, credit, return, escalation and handoff, newest first, and their contacts in the last 90 days",
    tag: 'Customers',
    params: CustomerIdParams,
    responses: { 200: { description: "The customer's history (empty for a customer not seen before)", schema: CustomerHistorySchema } },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readCustomerHistory(ctx, params.id) }),
  });
}
