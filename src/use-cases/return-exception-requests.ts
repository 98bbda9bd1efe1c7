import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '../db/users';
import type { CustomerLinks } from '../customer-links/links';
import { invalidField } from '../domain/errors';
import type { IneligibleCode } from '../domain/returns';
import type { ExceptionRequestBody, ExceptionRequestedSchema } from '../schemas/self-service';
import type { z } from '../schemas/zod';
import { transferCase } from './case-ownership';
import { startCase } from './cases';
import type { UseCaseContext } from './context';
import { readCustomerOrder } from './customer-orders';
import { raiseEscalation } from './escalations';
import { idFromName } from './ids';
import { selfServiceActor } from './self-service-actor';

// A customer asks for an exception for lines outside the return policy: a case opened by the
// customer (channel `self_service`) and passed at once to the active agent with the fewest open
// cases, the request in the transfer's reason, which the agent is told. With no active agent the
// request waits, unassigned, as an escalation in tier L1's queue (which agents work), its reason the
// request; the case goes to the active supervisor with the fewest open cases, so that it is never
// left with the customer's own account.

const WHY: Record<IneligibleCode, string> = {
  not_customers_order: 'not their order',
  not_on_order: 'not on the order',
  quantity_exceeds_purchase: 'more than bought',
  outside_return_window: 'outside the return window',
  final_sale: 'final sale',
};

async function leastLoaded(context: UseCaseContext, role: 'agent' | 'supervisor'): Promise<string | undefined> {
  const people = await context.db.user.findMany({
    where: { role, active: true },
    select: { id: true, _count: { select: { ownedCases: { where: { status: { not: 'closed' } } } } } },
    orderBy: { id: 'asc' },
  });
  return people.reduce<(typeof people)[number] | undefined>((best, person) => (!best || person._count.ownedCases < best._count.ownedCases ? person : best), undefined)?.id;
}

/** No agent to take it: the request in tier L1's queue, unassigned; the case with a supervisor when there is one. */
async function queueRequest(context: UseCaseContext, actor: AuthenticatedUser, caseId: string, caseKey: string, request: string): Promise<void> {
  await raiseEscalation(context, actor, { caseId, severity: 'P3', category: 'return_exception', reason: request }, idFromName(caseKey, 'escalation'));
  const supervisorId = await leastLoaded(context, 'supervisor');
  if (supervisorId) await transferCase(context, actor, caseId, { toUserId: supervisorId, reason: request });
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
  const caseKey = randomUUID();
  const opened = await startCase(
    context,
    actor,
    { customerId, subject: `Return exception request, order ${order.orderId}`, channel: 'self_service', category: 'return_exception' },
    caseKey,
  );
  const agentId = await leastLoaded(context, 'agent');
  if (agentId) await transferCase(context, actor, opened.caseId, { toUserId: agentId, reason: request });
  else await queueRequest(context, actor, opened.caseId, caseKey, request);
  return { reference: opened.caseId };
}
