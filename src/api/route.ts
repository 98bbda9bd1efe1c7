import { randomUUID } from 'node:crypto';
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import type { ZodError, ZodType } from 'zod';
import type { AuthenticatedUser } from '../db/users';
import { routeAccess, type RouteAccess } from '../domain/access';
import { invalidInput, type FieldError } from '../domain/errors';
import { z } from '../schemas/zod';
import type { UseCaseContext } from '../use-cases/context';
import { idFromName } from '../use-cases/ids';
import { requireObjectAccess } from '../use-cases/visibility';
import { requireRole } from './auth';
import { requestHash, withIdempotency } from './idempotency';
import { ProblemSchema } from './problem';
import { publicOrigin } from './same-origin';

// One definition per route: the same zod schemas validate the request (once, at the boundary),
// type the handler and describe the route in the OpenAPI document. Who may call it comes from the
// access table (src/domain/access.ts).

type Infer<S> = S extends ZodType ? z.infer<S> : undefined;

export interface RouteRequest<P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  user: AuthenticatedUser;
  /** The id of what this request creates: the same for every retry with one Idempotency-Key in its lifetime. */
  newId: string;
  /** No earlier attempt can have created anything with `newId`: what this request starts is new. */
  newIdUnused: boolean;
  http: HttpFacts;
}

/** What a route may need of the HTTP exchange itself. */
export interface HttpFacts {
  /** The request came over HTTPS (behind a trusted proxy too). */
  secure: boolean;
  /** Where the API is reached: PUBLIC_URL's origin, else the request's. */
  origin: string;
  /** The caller's session, when a cookie authenticated them. */
  sessionId: string | undefined;
}

/** A route that needs no authentication takes no user. */
export type PublicRouteRequest<P, Q, B> = Omit<RouteRequest<P, Q, B>, 'user' | 'newIdUnused'>;

export interface RouteResult {
  status: number;
  /** Nothing for a 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteDefinition<P extends ZodType | undefined, Q extends ZodType | undefined, B extends ZodType | undefined> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express path, `:name` for parameters. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Starting POSTs honour an `Idempotency-Key` header. */
  idempotent?: boolean;
  responses: Record<number, { description: string; schema?: ZodType }>;
  handler: (request: RouteRequest<P, Q, B>, context: UseCaseContext) => Promise<RouteResult>;
}

const FIELD_LOCATION = { params: 'path', query: 'query', body: 'body' } as const;

function fieldErrors(location: keyof typeof FIELD_LOCATION, error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    in: FIELD_LOCATION[location],
    field: issue.path.join('.'),
    message: issue.message,
  }));
}

/** The value as the schema parses it, or a validation error that names every refused field. */
export function parseInput<S extends ZodType>(location: keyof typeof FIELD_LOCATION, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidInput(fieldErrors(location, result.error));
}

function parsePart(location: keyof typeof FIELD_LOCATION, schema: ZodType | undefined, value: unknown): unknown {
  return schema ? parseInput(location, schema, value) : undefined;
}

function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

const ERROR_RESPONSES: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing or unknown API key',
  403: 'The caller may not do this',
};

function accessOf(method: string, path: string): RouteAccess {
  const access = routeAccess(method, path);
  if (!access) throw new Error(`${method.toUpperCase()} ${path} is missing from the access table (src/domain/access.ts)`);
  if (access.object && !path.includes('/:id')) throw new Error(`${method.toUpperCase()} ${path} names no :id for its object rule`);
  return access;
}

function describeAccess(access: RouteAccess): string {
  if (access.public) return 'No authentication.';
  const roles = access.roles === 'any' ? 'any role' : access.roles.join(', ');
  const object = access.object ? `; only a ${access.object} the caller may read (else 404)` : '';
  const actor = access.actor === 'handoff_owner_or_supervisor' ? "; of the agents, only the handoff's owner" : '';
  const list = access.lists ? `; lists only the ${access.lists}s the caller may read` : '';
  return `Roles: ${roles}${object}${actor}${list}.`;
}

function httpFacts(req: Request, res: Response): HttpFacts {
  return { secure: req.secure, origin: publicOrigin(req), sessionId: res.locals.sessionId as string | undefined };
}

function send(res: Response, result: RouteResult & { replayed?: boolean }): void {
  if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (result.status === 204) res.status(204).end();
  else res.status(result.status).json(result.body);
}

function register(registry: OpenAPIRegistry, route: RouteDefinition<ZodType | undefined, ZodType | undefined, ZodType | undefined>, access: RouteAccess): void {
  const responses: RouteConfig['responses'] = {};
  for (const [status, { description, schema }] of Object.entries({ ...route.responses })) {
    const contentType = Number(status) >= 400 ? 'application/problem+json' : 'application/json';
    responses[status] = { description, ...(schema ? { content: { [contentType]: { schema } } } : {}) };
  }
  const errorResponses = access.object ? { ...ERROR_RESPONSES, 404: 'No such object, or one the caller may not read' } : ERROR_RESPONSES;
  for (const [status, description] of Object.entries(errorResponses)) {
    if (access.public && status !== '400') continue;
    responses[status] ??= { description, content: { 'application/problem+json': { schema: ProblemSchema } } };
  }
  registry.registerPath({
    method: route.method,
    path: openApiPath(route.path),
    summary: route.summary,
    description: describeAccess(access),
    tags: [route.tag],
    security: access.public ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    request: {
      ...(route.params ? { params: route.params as never } : {}),
      ...(route.query ? { query: route.query as never } : {}),
      ...(route.body ? { body: { content: { 'application/json': { schema: route.body } } } } : {}),
      ...(route.idempotent
        ? { headers: z.object({ 'Idempotency-Key': z.string().max(255).optional() }) }
        : {}),
    },
    responses,
  });
}

/** A route that needs no authentication (signing in, accepting an invitation): add it before the authentication middleware. */
export function addPublicRoute<P extends ZodType | undefined, Q extends ZodType | undefined, B extends ZodType | undefined>(
  router: Router,
  registry: OpenAPIRegistry,
  context: UseCaseContext,
  route: Omit<RouteDefinition<P, Q, B>, 'handler' | 'idempotent'> & {
    handler: (request: PublicRouteRequest<P, Q, B>, context: UseCaseContext) => Promise<RouteResult>;
  },
): void {
  const access = accessOf(route.method, route.path);
  if (!access.public) throw new Error(`${route.method.toUpperCase()} ${route.path} is not public in the access table`);
  register(registry, route as never, access);
  router[route.method](route.path, async (req: Request, res) => {
    const request = {
      params: parsePart('params', route.params, req.params),
      query: parsePart('query', route.query, req.query),
      body: parsePart('body', route.body, req.body ?? {}),
      newId: randomUUID(),
      http: httpFacts(req, res),
    };
    send(res, await route.handler(request as PublicRouteRequest<P, Q, B>, context));
  });
}

export function addRoute<P extends ZodType | undefined, Q extends ZodType | undefined, B extends ZodType | undefined>(
  router: Router,
  registry: OpenAPIRegistry,
  context: UseCaseContext,
  route: RouteDefinition<P, Q, B>,
): void {
  const access = accessOf(route.method, route.path);
  if (access.public) throw new Error(`${route.method.toUpperCase()} ${route.path} is public: add it with addPublicRoute`);
  register(registry, route as never, access);

  router[route.method](route.path, async (req: Request, res) => {
    const user = res.locals.user as AuthenticatedUser;
    requireRole(user, access.roles);
    const params = parsePart('params', route.params, req.params);
    // Before the body is read: an object the caller may not touch is refused whatever they send.
    if (access.object) await requireObjectAccess(context, user, access, (params as { id: string }).id);
    const key = route.idempotent ? req.header('idempotency-key') : undefined;
    const parsed = {
      params,
      query: parsePart('query', route.query, req.query),
      body: parsePart('body', route.body, req.body ?? {}),
      user,
      http: httpFacts(req, res),
    };
    const run = (newId: string, newIdUnused: boolean) => route.handler({ ...parsed, newId, newIdUnused } as RouteRequest<P, Q, B>, context);
    const result =
      key === undefined
        ? await run(randomUUID(), true)
        : await withIdempotency(context.db, user.id, key, requestHash(req.method, req.path, parsed.body), (keySeenAt, firstAttempt) =>
            run(idFromName(user.id, key, keySeenAt.toISOString(), req.method, req.path), firstAttempt),
          );
    send(res, result);
  });
}
