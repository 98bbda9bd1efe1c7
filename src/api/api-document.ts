import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { UseCaseContext } from '../use-cases/context';
import { openApiDocument } from './openapi';
import { addV1Routes } from './routes';
import { acceptInvitationRoutes } from './routes/invitations';
import { signInRoutes } from './routes/sessions';

/**
 * The OpenAPI document as `/openapi.json` serves it, built without backends: registering a route
 * only keeps the context for its handler, which never runs here.
 */
export function apiDocumentWithoutBackends(): ReturnType<typeof openApiDocument> {
  const registry = new OpenAPIRegistry();
  const router = Router();
  const context = {} as UseCaseContext;
  const lifetime = { idleMs: 0, maxMs: 0 };
  signInRoutes(router, registry, context, lifetime);
  acceptInvitationRoutes(router, registry, context, lifetime);
  addV1Routes(router, registry, context, { invitationTtlMs: 0 });
  return openApiDocument(registry);
}
