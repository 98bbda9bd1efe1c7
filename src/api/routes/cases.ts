import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  CallbackParams,
  CaseIdParams,
  CaseListSchema,
  CaseSchema,
  CloseCaseRequest,
  CompleteCallbackRequest,
  ListCasesQuery,
  OpenCaseRequest,
  PromiseCallbackRequest,
  TransferCaseRequest,
} from '../../schemas/cases';
import { completeCallback, promiseCallback, transferCase } from '../../use-cases/case-ownership';
import { closeCase, listCases, openCase, readCase } from '../../use-cases/cases';
import type { UseCaseContext } from '../../use-cases/context';

const notFound = { description: 'No such case', schema: ProblemSchema };

export function caseRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/cases',
    summary: 'Open a case and start its workflow',
    tag: 'Cases',
    body: OpenCaseRequest,
    idempotent: true,
    responses: { 201: { description: 'The opened case', schema: CaseSchema } },
    handler: async ({ body, user, newId, newIdUnused }, ctx) => ({ status: 201, body: await openCase(ctx, user, body, newId, newIdUnused) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/cases',
    summary: 'List cases, newest first',
    tag: 'Cases',
    query: ListCasesQuery,
    responses: { 200: { description: 'A page of cases', schema: CaseListSchema } },
    handler: async ({ query, user }, ctx) => ({ status: 200, body: await listCases(ctx, user, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/cases/:id',
    summary: 'A case: live status, current step, timeline and what the caller may do next',
    tag: 'Cases',
    params: CaseIdParams,
    responses: { 200: { description: 'The case', schema: CaseSchema }, 404: notFound },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await readCase(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/cases/:id/close',
    summary: 'Close a case',
    tag: 'Cases',
    params: CaseIdParams,
    body: CloseCaseRequest,
    responses: {
      200: { description: 'The closed case', schema: CaseSchema },
      404: notFound,
      409: { description: 'The case is already closed', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await closeCase(ctx, user, params.id, body.resolution),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/cases/:id/transfer',
    summary: "Move the case to another owner: by its owner or a supervisor, to an active agent or supervisor; recorded on the timeline",
    tag: 'Cases',
    params: CaseIdParams,
    body: TransferCaseRequest,
    responses: {
      200: { description: 'The case with its new owner', schema: CaseSchema },
      404: notFound,
      409: { description: 'The case is closed, or the user already owns it', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await transferCase(ctx, user, params.id, body) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/cases/:id/callbacks',
    summary: "Promise the customer a callback: its owner is reminded before it is due, a supervisor told when it is missed; replaces a promise still open",
    tag: 'Cases',
    params: CaseIdParams,
    body: PromiseCallbackRequest,
    responses: {
      201: { description: 'The case with the new callback', schema: CaseSchema },
      404: notFound,
      409: { description: 'The case is closed', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({ status: 201, body: await promiseCallback(ctx, user, params.id, body) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/cases/:id/callbacks/:n/done',
    summary: 'Record a call back: `reached` keeps the promise; a message left or no answer is recorded and leaves it open',
    tag: 'Cases',
    params: CallbackParams,
    body: CompleteCallbackRequest,
    responses: {
      200: { description: 'The case with the callback', schema: CaseSchema },
      404: { description: 'No such case or callback', schema: ProblemSchema },
      409: { description: 'The case is closed, or the callback already ended', schema: ProblemSchema },
    },
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await completeCallback(ctx, user, params.id, params.n, body) }),
  });
}
