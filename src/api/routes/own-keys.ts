import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ApiKeyListSchema, ApiKeySchema, CreateApiKeyRequest, IssuedApiKeySchema, OwnApiKeyParams } from '../../schemas/users';
import type { UseCaseContext } from '../../use-cases/context';
import type { ApiKeyCache } from '../api-key-cache';
import { issueOwnKey, listOwnKeys, revokeKey } from '../../use-cases/users';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';

export function ownKeyRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, apiKeys: ApiKeyCache): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/me/keys',
    summary: "The caller's API keys (prefixes only)",
    tag: 'Keys',
    responses: { 200: { description: 'The keys', schema: ApiKeyListSchema } },
    handler: async ({ user }, ctx) => ({ status: 200, body: await listOwnKeys(ctx, user) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/me/keys',
    summary: 'Make an API key for yourself; the answer is the only time the key is shown',
    tag: 'Keys',
    body: CreateApiKeyRequest,
    responses: { 201: { description: 'The new key', schema: IssuedApiKeySchema } },
    handler: async ({ body, user }, ctx) => ({ status: 201, body: await issueOwnKey(ctx, user, body.label) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/me/keys/:keyId/revoke',
    summary: 'Revoke one of your API keys at once',
    tag: 'Keys',
    params: OwnApiKeyParams,
    responses: {
      200: { description: 'The revoked key', schema: ApiKeySchema },
      404: { description: 'You have no such key', schema: ProblemSchema },
      409: { description: 'The key is already revoked', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await apiKeys.changing(() => revokeKey(ctx, user, user.id, params.keyId)) }),
  });
}
