import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  ApiKeyParams,
  ApiKeySchema,
  ChangeRoleRequest,
  CreateUserRequest,
  ListUsersQuery,
  UserListSchema,
  UserParams,
  UserSchema,
} from '../../schemas/users';
import type { UseCaseContext } from '../../use-cases/context';
import type { ApiKeyCache } from '../api-key-cache';
import { changeUserRole, createUserAccount, deactivateUser, listUsers, readUser, revokeKey } from '../../use-cases/users';

const notFound = { description: 'No such user (or key)', schema: ProblemSchema };

export function userRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, apiKeys: ApiKeyCache): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/users',
    summary: 'Create a user, without a key or a password (people join by invitation and make their own keys)',
    tag: 'Users',
    body: CreateUserRequest,
    idempotent: true,
    responses: { 201: { description: 'The new user', schema: UserSchema } },
    handler: async ({ body, user, newId }, ctx) => ({ status: 201, body: await createUserAccount(ctx, user, body, newId) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/users',
    summary: 'Users by name, with their keys (prefixes only)',
    tag: 'Users',
    query: ListUsersQuery,
    responses: { 200: { description: 'The users', schema: UserListSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await listUsers(ctx, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/users/:id',
    summary: 'A user with their keys (prefixes only)',
    tag: 'Users',
    params: UserParams,
    responses: { 200: { description: 'The user', schema: UserSchema }, 404: notFound },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readUser(ctx, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/users/:id/keys/:keyId/revoke',
    summary: "Revoke anyone's API key at once",
    tag: 'Users',
    params: ApiKeyParams,
    responses: {
      200: { description: 'The revoked key', schema: ApiKeySchema },
      404: notFound,
      409: { description: 'The key is already revoked', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await apiKeys.changing(() => revokeKey(ctx, user, params.id, params.keyId)) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/users/:id/deactivate',
    summary: 'Deactivate a user: every key stops working; their work stays attributed to them',
    tag: 'Users',
    params: UserParams,
    responses: {
      200: { description: 'The deactivated user', schema: UserSchema },
      404: notFound,
      409: { description: 'Already deactivated, or the caller themselves', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await apiKeys.changing(() => deactivateUser(ctx, user, params.id)) }),
  });

  addRoute(router, registry, context, {
    method: 'put',
    path: '/v1/users/:id/role',
    summary: "Change a user's role (not your own); it takes effect on their next request",
    tag: 'Users',
    params: UserParams,
    body: ChangeRoleRequest,
    responses: {
      200: { description: 'The user with the role', schema: UserSchema },
      404: notFound,
      409: { description: 'The caller themselves, or the role changed meanwhile', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await apiKeys.changing(() => changeUserRole(ctx, user, params.id, body.role)) }),
  });
}
