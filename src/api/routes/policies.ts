import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { addPolicyVersion, currentPolicy } from '../../db/policies';
import { POLICY_NAMES, POLICY_SCHEMAS, type PolicyName } from '../../domain/policies';
import type { ApiContext } from '../context';
import { AppError } from '../errors';
import { addRoute } from '../route';
import { ProblemSchema } from '../schemas/common';
import { z } from '../zod';

const PolicyParams = z.object({ name: z.enum(POLICY_NAMES) });
const PolicyDocumentSchema = z.union(POLICY_NAMES.map((name) => POLICY_SCHEMAS[name])).openapi('PolicyDocument');
const PolicyVersionSchema = z
  .object({ name: z.enum(POLICY_NAMES), version: z.number().int(), document: PolicyDocumentSchema, createdAt: z.string() })
  .openapi('PolicyVersion');

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
    summary: 'Create a new version of a policy; running workflows keep the version they started with',
    tag: 'Policies',
    params: PolicyParams,
    body: z.unknown().openapi({ description: 'The policy document for this name' }),
    responses: {
      201: { description: 'The new version', schema: PolicyVersionSchema },
      400: { description: 'The document is not valid for this policy; `errors` names each field', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({
      status: 201,
      body: await addPolicyVersion(ctx.db, params.name, parseDocument(params.name, body), user.id),
    }),
  });
}
