import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { CustomerLinks } from '../customer-links/links';
import type { ApiKeyCache } from './api-key-cache';
import type { UseCaseContext } from '../use-cases/context';
import { openApiDocument } from './openapi';
import { addPublicRoutes, addV1Routes } from './routes';

/**
 * The OpenAPI document as `/openapi.json` serves it, built without backends: registering a route
 * only keeps the context for its handler, which never runs here.
 */
export function apiDocumentWithoutBackends(): ReturnType<typeof openApiDocument> {
  const registry = new OpenAPIRegistry();
  const router = Router();
  const context = {} as UseCaseContext;
  const options = { sessions: { idleMs: 0, maxMs: 0 }, invitationTtlMs: 0, customerLinks: {} as CustomerLinks, apiKeys: {} as ApiKeyCache };
  addPublicRoutes(router, registry, context, options);
  addV1Routes(router, registry, context, options);
  return openApiDocument(registry);
}
