import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import { addWorkflowActions, workflowAction } from '../workflow-actions';
import { actorOf } from '../../domain/actor';
import { RETURN_PROCESS } from '../../domain/catalog';
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
import { listReturns, readReturn, returnHandle, startReturn, toReturnView } from '../../use-cases/returns';
import { cancelReturnUpdate, grantExceptionUpdate, inspectItemsUpdate, receiveItemsUpdate } from '../../../workflows/return-messages';

const notFound = { description: 'No such return', schema: ProblemSchema };

const RETURN_ACTIONS = [
  workflowAction({
    name: 'receipt',
    summary: 'Record the items the warehouse received (no more than authorised)',
    body: ReceiptBody,
    send: (handle, user, body) => handle.executeUpdate(receiveItemsUpdate, { args: [{ by: actorOf(user), lines: body.lines }] }),
  }),
  workflowAction({
    name: 'inspection',
    summary: 'Grade each received line: as_new, opened, damaged_by_customer or defective_confirmed',
    body: InspectionBody,
    send: (handle, user, body) => handle.executeUpdate(inspectItemsUpdate, { args: [{ by: actorOf(user), lines: body.lines }] }),
  }),
  workflowAction({
    name: 'exception',
    summary: 'Let lines refused for the return window or final sale through (supervisor)',
    body: ExceptionBody,
    send: (handle, user, body) =>
      handle.executeUpdate(grantExceptionUpdate, { args: [{ by: actorOf(user), reason: body.reason, skus: body.skus }] }),
  }),
  workflowAction({
    name: 'cancel',
    summary: 'Cancel a return before the item is received',
    body: CancelBody,
    send: (handle, user, body) => handle.executeUpdate(cancelReturnUpdate, { args: [{ by: actorOf(user), reason: body.reason ?? null }] }),
  }),
];

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
    handler: async ({ body, user, newId }, ctx) => ({ status: 201, body: await startReturn(ctx, user, body, newId) }),
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

  addWorkflowActions(router, registry, context, {
    process: RETURN_PROCESS,
    resource: 'returns',
    tag: 'Returns',
    schema: ReturnSchema,
    handle: returnHandle,
    view: (state, handle, user) => toReturnView(state, handle.workflowId, user),
    actions: RETURN_ACTIONS,
  });
}
