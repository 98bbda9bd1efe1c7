import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  CommitmentParams,
  ContactBody,
  FulfilCommitmentBody,
  HandOverBody,
  HandoffContactPage,
  HandoffIdParams,
  HandoffListSchema,
  HandoffSchema,
  ListHandoffsQuery,
  NpsReportQuery,
  NpsReportSchema,
  SurveyResponseBody,
  WaiveCommitmentBody,
} from '../../schemas/handoffs';
import { PageQuery } from '../../schemas/common';
import type { UseCaseContext } from '../../use-cases/context';
import { answerSurvey, recordContact, settleCommitment } from '../../use-cases/handoff-actions';
import { handOver, listHandoffContacts, listHandoffs, readHandoff } from '../../use-cases/handoffs';
import { readNpsReport } from '../../use-cases/nps-report';

const notFound = { description: 'No such handoff (or commitment)', schema: ProblemSchema };
const actionResponses = {
  200: { description: 'The handoff after the action', schema: HandoffSchema },
  403: { description: 'Not the owner or a supervisor (waivers: a supervisor)', schema: ProblemSchema },
  404: notFound,
  409: { description: 'Out of order: nothing of this kind is due, it is already done, or the handoff is completed', schema: ProblemSchema },
};

export function handoffRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/handoffs',
    summary: 'Hand a closed deal to service: a case, an owner by tier and load, the welcome contact clock and every commitment tracked',
    tag: 'Handoffs',
    body: HandOverBody,
    idempotent: true,
    responses: {
      201: { description: 'The new handoff', schema: HandoffSchema },
      200: { description: 'The deal was handed over before: its handoff, unchanged (no second case)', schema: HandoffSchema },
      409: { description: 'The deal was handed over for another customer, or no agent can own it', schema: ProblemSchema },
    },
    handler: async ({ body, user }, ctx) => {
      const { created, handoff } = await handOver(ctx, user, body);
      return { status: created ? 201 : 200, body: handoff };
    },
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/handoffs',
    summary: "Handoffs, newest first: an owner's book (`owner=me`), a customer's, or by status",
    tag: 'Handoffs',
    query: ListHandoffsQuery,
    responses: { 200: { description: 'The handoffs', schema: HandoffListSchema } },
    handler: async ({ query, user }, ctx) => ({ status: 200, body: await listHandoffs(ctx, user, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/handoffs/:id',
    summary: 'A handoff: owner, commitments with status, check-ins, survey result and open clocks',
    tag: 'Handoffs',
    params: HandoffIdParams,
    responses: { 200: { description: 'The handoff', schema: HandoffSchema }, 404: notFound },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await readHandoff(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/handoffs/:id/contacts',
    summary: "A handoff's contacts, newest first, cursor pagination (the handoff itself carries the last 20)",
    tag: 'Handoffs',
    params: HandoffIdParams,
    query: PageQuery,
    responses: { 200: { description: 'A page of contacts', schema: HandoffContactPage }, 404: notFound },
    handler: async ({ params, query }, ctx) => ({ status: 200, body: await listHandoffContacts(ctx, params.id, query) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/handoffs/:id/contacts',
    summary: 'Record a welcome or check-in contact (the owner or a supervisor); `reached` completes the contact',
    tag: 'Handoffs',
    params: HandoffIdParams,
    body: ContactBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await recordContact(ctx, user, params.id, { kind: body.kind, outcome: body.outcome, note: body.note ?? null }),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/handoffs/:id/commitments/:n/fulfil',
    summary: 'Mark a commitment fulfilled (the owner or a supervisor)',
    tag: 'Handoffs',
    params: CommitmentParams,
    body: FulfilCommitmentBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await settleCommitment(ctx, user, params.id, params.n, 'fulfil', body.note ?? null),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/handoffs/:id/commitments/:n/waive',
    summary: 'Waive a commitment with a reason (a supervisor)',
    tag: 'Handoffs',
    params: CommitmentParams,
    body: WaiveCommitmentBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await settleCommitment(ctx, user, params.id, params.n, 'waive', body.reason),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/handoffs/:id/survey-response',
    summary: "The customer's NPS answer while the survey is open: a detractor opens a recovery escalation",
    tag: 'Handoffs',
    params: HandoffIdParams,
    body: SurveyResponseBody,
    responses: { ...actionResponses, 409: { description: 'The survey is not sent yet, already answered or closed', schema: ProblemSchema } },
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await answerSurvey(ctx, user, params.id, { score: body.score, comment: body.comment ?? null }),
    }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/reports/nps',
    summary: 'Net promoter score of the survey answers given in a window: promoters, passives, detractors',
    tag: 'Reports',
    query: NpsReportQuery,
    responses: { 200: { description: 'The report', schema: NpsReportSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await readNpsReport(ctx, query) }),
  });
}
