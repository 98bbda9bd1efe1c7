import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  CreateDelegationBody,
  DelegationListSchema,
  DelegationParams,
  DelegationSchema,
  ListDelegationsQuery,
} from '../../schemas/delegations';
import type { UseCaseContext } from '../../use-cases/context';
import { createDelegation, endDelegation, listDelegations } from '../../use-cases/delegations';

export function delegationRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/delegations',
    summary:
      "Delegate your approval authority to another approver (supervisor, accounting, accounting_manager) for at most 30 days (out of office); never for one's own requests",
    tag: 'Delegations',
    body: CreateDelegationBody,
    responses: { 201: { description: 'The delegation', schema: DelegationSchema } },
    handler: async ({ body, user }, ctx) => ({ status: 201, body: await createDelegation(ctx, user, body) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/delegations',
    summary: 'Delegations newest first: those you gave or received (an admin: all)',
    tag: 'Delegations',
    query: ListDelegationsQuery,
    responses: { 200: { description: 'The delegations', schema: DelegationListSchema } },
    handler: async ({ query, user }, ctx) => ({ status: 200, body: await listDelegations(ctx, user, query) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/delegations/:id/end',
    summary: 'End a delegation at once (its delegator or an admin)',
    tag: 'Delegations',
    params: DelegationParams,
    responses: {
      200: { description: 'The ended delegation', schema: DelegationSchema },
      403: { description: 'Neither the delegator nor an admin', schema: ProblemSchema },
      404: { description: 'No such delegation', schema: ProblemSchema },
      409: { description: 'Already ended or expired', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await endDelegation(ctx, user, params.id) }),
  });
}
