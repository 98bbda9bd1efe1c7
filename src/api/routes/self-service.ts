import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { CustomerLinks } from '../../customer-links/links';
import {
  CustomerCreditStatusSchema,
  CustomerOrderSchema,
  CustomerReturnBody,
  CustomerReturnStatusSchema,
  ExceptionRequestBody,
  ExceptionRequestedSchema,
  LinkTokenParams,
  OrderLookupBody,
  SurveyAnswerBody,
  SurveyAnsweredSchema,
  SurveyLinkSchema,
} from '../../schemas/self-service';
import type { UseCaseContext } from '../../use-cases/context';
import { readCreditByLink } from '../../use-cases/customer-credits';
import { findCustomerOrder, readCustomerOrder } from '../../use-cases/customer-orders';
import { readReturnByLink, startCustomerReturn } from '../../use-cases/customer-returns';
import { requestReturnException } from '../../use-cases/return-exception-requests';
import { answerSurveyByLink, readSurveyByLink } from '../../use-cases/survey-by-link';
import { ProblemSchema } from '../problem';
import { addPublicRoute } from '../route';

// The customer's own routes, without sign-in: each takes the token of a signed link, or finds an
// order by its number and email. Every bad token and every wrong order/email pair gets the same 404;
// these routes have their own budgets per client address (src/api/rate-limits.ts).

const refused = {
  404: { description: 'Unknown, tampered, expired or used link, or no order with this number and email: one answer for all', schema: ProblemSchema },
  429: { description: 'Too many requests or failed lookups from this address', schema: ProblemSchema },
};

export function selfServiceRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, links: CustomerLinks): void {
  addPublicRoute(router, registry, context, {
    method: 'get',
    path: '/v1/public/surveys/:token',
    summary: 'The NPS survey a link answers, while it is open',
    tag: 'Customer self-service',
    params: LinkTokenParams,
    responses: { 200: { description: 'The survey', schema: SurveyLinkSchema }, 409: { description: 'Closed or already answered', schema: ProblemSchema }, ...refused },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readSurveyByLink(ctx, links, params.token) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'post',
    path: '/v1/public/surveys/:token',
    summary: "Answer the survey (once per link): the same closed loop as the owner's survey-response, channel self_service",
    tag: 'Customer self-service',
    params: LinkTokenParams,
    body: SurveyAnswerBody,
    responses: { 200: { description: 'The answer taken', schema: SurveyAnsweredSchema }, 409: { description: 'Closed or already answered', schema: ProblemSchema }, ...refused },
    handler: async ({ params, body }, ctx) => ({ status: 200, body: await answerSurveyByLink(ctx, links, params.token, body) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'post',
    path: '/v1/public/order-lookups',
    summary: 'Find an order by its number and the email on it: its lines, what may be returned, and a link token for the order',
    tag: 'Customer self-service',
    body: OrderLookupBody,
    responses: { 200: { description: 'The order', schema: CustomerOrderSchema }, ...refused },
    handler: async ({ body }, ctx) => ({ status: 200, body: await findCustomerOrder(ctx, links, body) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'get',
    path: '/v1/public/orders/:token',
    summary: 'The order an order link names: its lines and what may be returned',
    tag: 'Customer self-service',
    params: LinkTokenParams,
    responses: { 200: { description: 'The order', schema: CustomerOrderSchema }, ...refused },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readCustomerOrder(ctx, links, params.token) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'post',
    path: '/v1/public/orders/:token/returns',
    summary: 'Return lines of the order: the RMA number, the label reference and the status page at once',
    tag: 'Customer self-service',
    params: LinkTokenParams,
    body: CustomerReturnBody,
    responses: { 201: { description: 'The return', schema: CustomerReturnStatusSchema }, ...refused },
    handler: async ({ params, body }, ctx) => ({ status: 201, body: await startCustomerReturn(ctx, links, params.token, body) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'post',
    path: '/v1/public/orders/:token/exception-requests',
    summary: 'Ask for an exception for lines outside the return policy: a case for an agent',
    tag: 'Customer self-service',
    params: LinkTokenParams,
    body: ExceptionRequestBody,
    responses: { 201: { description: 'The request is with an agent', schema: ExceptionRequestedSchema }, ...refused },
    handler: async ({ params, body }, ctx) => ({ status: 201, body: await requestReturnException(ctx, links, params.token, body) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'get',
    path: '/v1/public/returns/:token',
    summary: 'Where a return stands, with the date of each step and what the customer gets back',
    tag: 'Customer self-service',
    params: LinkTokenParams,
    responses: { 200: { description: 'The return', schema: CustomerReturnStatusSchema }, ...refused },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readReturnByLink(ctx, links, params.token) }),
  });

  addPublicRoute(router, registry, context, {
    method: 'get',
    path: '/v1/public/credits/:token',
    summary: 'A credit posted to the customer: kind, amount and where it stands',
    tag: 'Customer self-service',
    params: LinkTokenParams,
    responses: { 200: { description: 'The credit', schema: CustomerCreditStatusSchema }, ...refused },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readCreditByLink(ctx, links, params.token) }),
  });
}
