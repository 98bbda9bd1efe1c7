import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import { CaseIdParams, CaseListSchema, CaseSchema, CloseCaseRequest, ListCasesQuery, OpenCaseRequest } from '../../schemas/cases';
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
    handler: async ({ body, user, newId }, ctx) => ({ status: 201, body: await openCase(ctx, user, body, newId) }),
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
}
