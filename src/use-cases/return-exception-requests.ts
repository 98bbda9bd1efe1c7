import { randomUUID } from 'node:crypto';
import type { CustomerLinks } from '../customer-links/links';
import { invalidField } from '../domain/errors';
import type { IneligibleCode } from '../domain/returns';
import type { ExceptionRequestBody, ExceptionRequestedSchema } from '../schemas/self-service';
import type { z } from '../schemas/zod';
import { transferCase } from './case-ownership';
import { openCase } from './cases';
import type { UseCaseContext } from './context';
import { readCustomerOrder } from './customer-orders';
import { selfServiceActor } from './self-service-actor';

// A customer asks for an exception for lines outside the return policy: a case opened by the
// customer (channel `self_service`) and passed at once to the active agent with the fewest open
// cases, the request in the transfer's reason, which the agent is told.

const WHY: Record<IneligibleCode, string> = {
  not_customers_order: 'not their order',
  not_on_order: 'not on the order',
  quantity_exceeds_purchase: 'more than bought',
  outside_return_window: 'outside the return window',
  final_sale: 'final sale',
};

async function leastLoadedAgent(context: UseCaseContext): Promise<string | undefined> {
  const agents = await context.db.user.findMany({
    where: { role: 'agent', active: true },
    select: { id: true, _count: { select: { ownedCases: { where: { status: { not: 'closed' } } } } } },
    orderBy: { id: 'asc' },
  });
  return agents.reduce<(typeof agents)[number] | undefined>((best, agent) => (!best || agent._count.ownedCases < best._count.ownedCases ? agent : best), undefined)?.id;
}

export async function requestReturnException(
  context: UseCaseContext,
  links: CustomerLinks,
  token: string,
  body: z.infer<typeof ExceptionRequestBody>,
): Promise<z.infer<typeof ExceptionRequestedSchema>> {
  const order = await readCustomerOrder(context, links, token);
  const lines = body.lines.map((requested, index) => {
    const line = order.lines.find((candidate) => candidate.sku === requested.sku);
    if (!line?.exceptionPossible) throw invalidField('body', `lines.${index}.sku`, 'only a line outside the return window or sold as final sale needs an exception');
    return `${requested.qty} × ${line.name} (${line.sku}): ${line.ineligibleCode ? WHY[line.ineligibleCode] : 'returnable'}`;
  });
  const request = [
    `The customer asks for an exception to return from order ${order.orderId}:`,
    ...lines,
    `Reason: ${body.reason.replaceAll('_', ' ')}.`,
    ...(body.note ? [`The customer's words: ${body.note}`] : []),
  ]
    .join('\n')
    .slice(0, 2000);
  const customerId = (await context.db.order.findUniqueOrThrow({ where: { id: order.orderId } })).customerId;
  const actor = await selfServiceActor(context.db);
  const opened = await openCase(
    context,
    actor,
    { customerId, subject: `Return exception request, order ${order.orderId}`, channel: 'self_service', category: 'return_exception' },
    randomUUID(),
  );
  const agentId = await leastLoadedAgent(context);
  if (agentId) await transferCase(context, actor, opened.id, { toUserId: agentId, reason: request });
  return { reference: opened.id };
}
