import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { currentPolicy } from '../../db/policies';
import { POLICY_SCHEMAS, type PolicyName } from '../../domain/policies';
import { changePolicy } from '../../use-cases/policies';
import type { ApiContext } from '../context';
import { AppError } from '../errors';
import { addRoute } from '../route';
import { ProblemSchema } from '../schemas/common';
import { PolicyChangeSchema, PolicyParams, PolicyVersionSchema } from '../schemas/policies';
import { z } from '../zod';

function parseDocument(name: PolicyName, document: unknown) {
  const result = POLICY_SCHEMAS[name].safeParse(document);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    in: 'body' as const,
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw new AppError('validation', errors.map((error) => `body ${error.field || '(whole)'}: ${error.message}`).join('; '), errors);
}

export function policyRoutes(router: Router, registry: OpenAPIRegistry, context: ApiContext): void {
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
    handler: async ({ params, body, user }, ctx) => changePolicy(ctx, user, params.name, parseDocument(params.name, body)),
  });
}
