import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  ApproveCreditBody,
  CreditIdParams,
  CreditListSchema,
  CreditSchema,
  LedgerQuery,
  LedgerSchema,
  ListCreditsQuery,
  RecallCreditBody,
  RejectCreditBody,
  RequestCreditBody,
} from '../../schemas/credits';
import type { UseCaseContext } from '../../use-cases/context';
import { decideCredit, recallCredit } from '../../use-cases/credit-actions';
import { listCredits, readCredit, requestCredit } from '../../use-cases/credits';
import { readLedger } from '../../use-cases/ledger';

const notFound = { description: 'No such credit', schema: ProblemSchema };
const decisionResponses = {
  200: { description: 'The credit after the decision', schema: CreditSchema },
  403: { description: 'Segregation of duties or authority: the caller may not decide this credit', schema: ProblemSchema },
  404: notFound,
  409: { description: 'The credit is not waiting for a decision', schema: ProblemSchema },
};

export function creditRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/credits',
    summary: "Request a credit: approved at once within the requester's authority, else queued for approval",
    tag: 'Credits',
    body: RequestCreditBody,
    idempotent: true,
    responses: {
      201: { description: 'The credit: posted, or pending approval', schema: CreditSchema },
      409: { description: 'The case is closed', schema: ProblemSchema },
    },
    handler: async ({ body, user, newId }, ctx) => ({ status: 201, body: await requestCredit(ctx, user, body, newId) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/credits',
    summary: 'Credits; with status=pending_approval, the approval queue of the caller (only what they may decide)',
    tag: 'Credits',
    query: ListCreditsQuery,
    responses: { 200: { description: 'Credits, oldest first', schema: CreditListSchema } },
    handler: async ({ query, user }, ctx) => ({ status: 200, body: await listCredits(ctx, user, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/credits/:id',
    summary: 'A credit with its approvals, current step and due time',
    tag: 'Credits',
    params: CreditIdParams,
    responses: { 200: { description: 'The credit', schema: CreditSchema }, 404: notFound },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await readCredit(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/credits/:id/approve',
    summary: 'Approve a pending credit (never your own; two people above the dual-control threshold)',
    tag: 'Credits',
    params: CreditIdParams,
    body: ApproveCreditBody,
    responses: decisionResponses,
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await decideCredit(ctx, user, params.id, 'approve', body.note ?? null),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/credits/:id/reject',
    summary: 'Reject a pending credit, with a reason',
    tag: 'Credits',
    params: CreditIdParams,
    body: RejectCreditBody,
    responses: decisionResponses,
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await decideCredit(ctx, user, params.id, 'reject', body.reason),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/credits/:id/recall',
    summary: 'Recall your own pending credit',
    tag: 'Credits',
    params: CreditIdParams,
    body: RecallCreditBody,
    responses: {
      200: { description: 'The recalled credit', schema: CreditSchema },
      403: { description: 'Only the requester may recall', schema: ProblemSchema },
      404: notFound,
      409: { description: 'The credit is not pending', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await recallCredit(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/ledger',
    summary: "A customer's posted credits and store-credit balances",
    tag: 'Credits',
    query: LedgerQuery,
    responses: { 200: { description: 'The ledger', schema: LedgerSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await readLedger(ctx, query.customerId) }),
  });
}
