import { badLink, type CustomerLinks } from '../customer-links/links';
import { invalidField } from '../domain/errors';
import type { ReturnState } from '../domain/messages/return';
import type { CustomerReturnBody, CustomerReturnStatus } from '../schemas/self-service';
import type { z } from '../schemas/zod';
import { returnStateQuery } from '../../workflows/return-messages';
import type { UseCaseContext } from './context';
import { orderOfLink } from './customer-orders';
import { idFromName } from './ids';
import { processState } from './live-query';
import { startReturn } from './returns';
import { selfServiceActor } from './self-service-actor';

// A return the customer starts on the return page (the same process as staff start, its case
// opened with the channel `self_service`; one return per order link and choice of lines), and
// where a return stands on its status page.

function stageOf(state: ReturnState): CustomerReturnStatus['status'] {
  switch (state.status) {
    case 'checking':
      return 'ineligible';
    case 'inspecting':
      return 'received';
    case 'resolving':
      return 'inspected';
    case 'completed': {
      const credited = state.lines.filter((line) => line.credit);
      if (credited.length > 0 && credited.every((line) => line.credit?.refused)) return 'refused';
      if (state.creditStatus === 'posted') return state.resolution === 'refund' ? 'refunded' : 'credited';
      return 'completed';
    }
    default:
      return state.status;
  }
}

export function toCustomerReturnStatus(state: ReturnState, statusUrl: string | null): CustomerReturnStatus {
  return {
    rmaNumber: state.rmaNumber,
    labelReference: state.trackingNumber,
    status: stageOf(state),
    resolution: state.resolution,
    steps: [
      { step: 'requested', at: state.requestedAt },
      { step: 'authorised', at: state.authorisedAt },
      { step: 'received', at: state.receivedAt },
      { step: 'inspected', at: state.inspectedAt },
      { step: 'resolved', at: state.status === 'completed' ? state.closedAt : null },
    ],
    lines: state.lines.map((line) => ({
      sku: line.sku,
      name: line.name,
      qty: line.qty,
      eligible: line.eligible,
      ineligibleCode: line.ineligibleCode,
      refused: line.credit?.refused ?? false,
    })),
    amount: state.totals ? { minor: state.totals.creditMinor, currency: state.totals.currency } : null,
    creditStatus: state.creditStatus,
    statusUrl,
  };
}

async function returnState(context: UseCaseContext, returnId: string): Promise<ReturnState> {
  const row = await context.db.return.findUnique({ where: { id: returnId }, select: { workflowId: true } });
  if (!row) throw badLink();
  return processState(context, row.workflowId, returnStateQuery);
}

export async function readReturnByLink(context: UseCaseContext, links: CustomerLinks, token: string): Promise<CustomerReturnStatus> {
  return toCustomerReturnStatus(await returnState(context, links.objectOf(token, 'return_status')), null);
}

export async function startCustomerReturn(
  context: UseCaseContext,
  links: CustomerLinks,
  token: string,
  body: z.infer<typeof CustomerReturnBody>,
): Promise<CustomerReturnStatus> {
  const order = await orderOfLink(context, links, token);
  const unknown = body.lines.findIndex((line) => !order.lines.some((orderLine) => orderLine.sku === line.sku));
  if (unknown >= 0) throw invalidField('body', `lines.${unknown}.sku`, 'not a line of this order');
  const actor = await selfServiceActor(context.db);
  // The same form sent again (a double click, a reload, a retry) names the same return: its id comes
  // from the order's link and what was chosen, so every copy answers with the one return.
  const returnId = idFromName('customer-return', token, JSON.stringify(body));
  const started = await startReturn(context, actor, { orderId: order.id, customerId: order.customerId, lines: body.lines, resolution: body.resolution }, returnId, false, 'self_service');
  const statusUrl = links.url('return_status', links.token('return_status', started.id));
  return toCustomerReturnStatus(await returnState(context, started.id), statusUrl);
}
