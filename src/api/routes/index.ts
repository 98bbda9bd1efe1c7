import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { CustomerLinks } from '../../customer-links/links';
import type { SessionLifetime } from '../../db/sessions';
import type { UseCaseContext } from '../../use-cases/context';
import type { ApiKeyCache } from '../api-key-cache';
import { auditRoutes } from './audit';
import { caseRoutes } from './cases';
import { creditRoutes } from './credits';
import { customerRoutes } from './customers';
import { delegationRoutes } from './delegations';
import { escalationRoutes } from './escalations';
import { handoffRoutes } from './handoffs';
import { acceptInvitationRoutes, invitationRoutes } from './invitations';
import { notificationRoutes } from './notifications';
import { ownKeyRoutes } from './own-keys';
import { policyRoutes } from './policies';
import { policyChangeRoutes } from './policy-changes';
import { processRoutes } from './processes';
import { reportRoutes } from './reports';
import { returnRoutes } from './returns';
import { selfServiceRoutes } from './self-service';
import { sessionRoutes, signInRoutes } from './sessions';
import { userRoutes } from './users';

export interface RouteOptions {
  sessions: SessionLifetime;
  invitationTtlMs: number;
  customerLinks: CustomerLinks;
  apiKeys: ApiKeyCache;
}

/** The /v1 routes that come before authentication: signing in, accepting an invitation, the customer's own. */
export function addPublicRoutes(v1: Router, registry: OpenAPIRegistry, context: UseCaseContext, options: RouteOptions): void {
  signInRoutes(v1, registry, context, options.sessions);
  acceptInvitationRoutes(v1, registry, context, options.sessions);
  selfServiceRoutes(v1, registry, context, options.customerLinks);
}

/** Every /v1 route behind authentication, on the router and in the OpenAPI registry. */
export function addV1Routes(v1: Router, registry: OpenAPIRegistry, context: UseCaseContext, options: RouteOptions): void {
  caseRoutes(v1, registry, context);
  customerRoutes(v1, registry, context);
  creditRoutes(v1, registry, context);
  delegationRoutes(v1, registry, context);
  reportRoutes(v1, registry, context);
  escalationRoutes(v1, registry, context);
  handoffRoutes(v1, registry, context);
  policyRoutes(v1, registry, context);
  policyChangeRoutes(v1, registry, context);
  processRoutes(v1, registry, context);
  returnRoutes(v1, registry, context);
  userRoutes(v1, registry, context, options.apiKeys);
  sessionRoutes(v1, registry, context);
  ownKeyRoutes(v1, registry, context, options.apiKeys);
  invitationRoutes(v1, registry, context, options.invitationTtlMs);
  auditRoutes(v1, registry, context);
  notificationRoutes(v1, registry, context);
}
