import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import {
  CancelBody,
  CreateOrderBody,
  ExceptionBody,
  InspectionBody,
  ListReturnsQuery,
  OrderIdParams,
  OrderSchema,
  ReceiptBody,
  ReturnIdParams,
  ReturnListSchema,
  ReturnSchema,
  StartReturnBody,
} from '../../schemas/returns';
import type { UseCaseContext } from '../../use-cases/context';
import { createOrder, readOrder } from '../../use-cases/orders';
import { cancelReturn, grantReturnException, inspectItems, receiveItems } from '../../use-cases/return-actions';
import { listReturns, readReturn, startReturn } from '../../use-cases/returns';

const notFound = { description: 'No such return', schema: ProblemSchema };

const actionResponses = {
  200: { description: 'The return after the action', schema: ReturnSchema },
  404: notFound,
  409: { description: 'Out of order: the return is not in a state that allows this', schema: ProblemSchema },
};

export function returnRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/orders',
    summary: 'Record an order (from the order management system): what returns are checked against',
    tag: 'Returns',
    body: CreateOrderBody,
    responses: { 201: { description: 'The order', schema: OrderSchema }, 409: { description: 'The order id is taken', schema: ProblemSchema } },
    handler: async ({ body, user }, ctx) => ({ status: 201, body: await createOrder(ctx, user, body) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/orders/:id',
    summary: 'An order and its lines',
    tag: 'Returns',
    params: OrderIdParams,
    responses: { 200: { description: 'The order', schema: OrderSchema }, 404: { description: 'No such order', schema: ProblemSchema } },
    handler: async ({ params }, ctx) => ({ status: 200, body: await readOrder(ctx.db, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/returns',
    summary: 'Start a return: the answer carries the eligibility of each line and, when any is eligible, the RMA number',
    tag: 'Returns',
    body: StartReturnBody,
    idempotent: true,
    responses: { 201: { description: 'The return', schema: ReturnSchema } },
    handler: async ({ body, user, newId, newIdUnused }, ctx) => ({ status: 201, body: await startReturn(ctx, user, body, newId, newIdUnused) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/returns',
    summary: "Returns, oldest first: the warehouse's queue (`status=awaiting_item` or `inspecting`), an order's or a customer's",
    tag: 'Returns',
    query: ListReturnsQuery,
    responses: { 200: { description: 'The returns', schema: ReturnListSchema } },
    handler: async ({ query, user }, ctx) => ({ status: 200, body: await listReturns(ctx, user, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/returns/:id',
    summary: 'A return: status, current step and due time, amounts, and the credit it started',
    tag: 'Returns',
    params: ReturnIdParams,
    responses: { 200: { description: 'The return', schema: ReturnSchema }, 404: notFound },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await readReturn(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/returns/:id/receipt',
    summary: 'Record the items the warehouse received (no more than authorised)',
    tag: 'Returns',
    params: ReturnIdParams,
    body: ReceiptBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await receiveItems(ctx, user, params.id, body.lines) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/returns/:id/inspection',
    summary: 'Grade each received line: as_new, opened, damaged_by_customer or defective_confirmed',
    tag: 'Returns',
    params: ReturnIdParams,
    body: InspectionBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await inspectItems(ctx, user, params.id, body.lines) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/returns/:id/exception',
    summary: 'Let lines refused for the return window or final sale through (supervisor)',
    tag: 'Returns',
    params: ReturnIdParams,
    body: ExceptionBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({
      status: 200,
      body: await grantReturnException(ctx, user, params.id, { reason: body.reason, skus: body.skus }),
    }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/returns/:id/cancel',
    summary: 'Cancel a return before the item is received',
    tag: 'Returns',
    params: ReturnIdParams,
    body: CancelBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await cancelReturn(ctx, user, params.id, body.reason ?? null) }),
  });
}
