import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute, parseInput } from '../route';
import { currentPolicy } from '../../db/policies';
import { POLICY_SCHEMAS } from '../../domain/policies';
import { PolicyChangeSchema, PolicyParams, PolicyVersionSchema } from '../../schemas/policies';
import { z } from '../../schemas/zod';
import type { UseCaseContext } from '../../use-cases/context';
import { changePolicy } from '../../use-cases/policies';

export function policyRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/policies/:name',
    summary: 'The current version of a policy',
    tag: 'Policies',
    params: PolicyParams,
    responses: { 200: { description: 'The current version', schema: PolicyVersionSchema } },
    handler: async ({ params }, ctx) => ({ status: 200, body: await currentPolicy(ctx.db, params.name) }),
  });

  addRoute(router, registry, context, {
    method: 'put',
    path: '/v1/policies/:name',
    summary:
      'Create a new version of a policy; running workflows keep the version they started with. A change that widens money authority waits for a second admin',
    tag: 'Policies',
    params: PolicyParams,
    body: z.unknown().openapi({ description: 'The policy document for this name' }),
    responses: {
      201: { description: 'The new version', schema: PolicyVersionSchema },
      202: {
        description:
          'The change widens money authority (a higher authority limit, dual-control threshold or goodwill cap, a shorter goodwill window, another currency): nothing changes until another admin approves it at POST /v1/policy-changes/{id}/approve',
        schema: PolicyChangeSchema,
      },
      400: { description: 'The document is not valid for this policy; `errors` names each field', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => {
      const outcome = await changePolicy(ctx, user, params.name, parseInput('body', POLICY_SCHEMAS[params.name], body));
      return 'made' in outcome ? { status: 201, body: outcome.made } : { status: 202, body: outcome.pending };
    },
  });
}
