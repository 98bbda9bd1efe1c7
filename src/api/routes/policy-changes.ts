import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  ListPolicyChangesQuery,
  PolicyChangeListSchema,
  PolicyChangeParams,
  PolicyChangeSchema,
  RejectPolicyChangeBody,
} from '../../schemas/policies';
import type { UseCaseContext } from '../../use-cases/context';
import { approvePolicyChange, listPolicyChanges, readPolicyChange, rejectPolicyChange } from '../../use-cases/policies';

const notFound = { description: 'No such policy change', schema: ProblemSchema };

export function policyChangeRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/policy-changes',
    summary: 'Policy changes that widen money authority, newest first: with status=pending, what waits for a second admin',
    tag: 'Policies',
    query: ListPolicyChangesQuery,
    responses: { 200: { description: 'The changes', schema: PolicyChangeListSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await listPolicyChanges(ctx, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/policy-changes/:id',
    summary: 'A policy change and its decision',
    tag: 'Policies',
    params: PolicyChangeParams,
    responses: { 200: { description: 'The change', schema: PolicyChangeSchema }, 404: notFound },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readPolicyChange(ctx, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/policy-changes/:id/approve',
    summary: 'Approve a change another admin proposed: it becomes the current version of its policy',
    tag: 'Policies',
    params: PolicyChangeParams,
    responses: {
      200: { description: 'The approved change, with the version it made', schema: PolicyChangeSchema },
      403: { description: 'You proposed it: a second admin must approve', schema: ProblemSchema },
      404: notFound,
      409: { description: 'Already decided, or the policy changed since it was proposed', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await approvePolicyChange(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/policy-changes/:id/reject',
    summary: 'Reject a pending change, with a reason (its proposer may withdraw it so)',
    tag: 'Policies',
    params: PolicyChangeParams,
    body: RejectPolicyChangeBody,
    responses: {
      200: { description: 'The rejected change', schema: PolicyChangeSchema },
      404: notFound,
      409: { description: 'Already decided', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await rejectPolicyChange(ctx, user, params.id, body.reason) }),
  });
}
