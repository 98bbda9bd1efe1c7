import { currentPolicy } from '../db/policies';
import { heldByOtherReturns } from '../db/returns-held';
import { badLink, type CustomerLinks } from '../customer-links/links';
import { minorFromBigInt } from '../domain/money';
import { checkEligibility, EXCEPTABLE_CODES, RETURN_REASONS, type Resolution } from '../domain/returns';
import type { CustomerOrder, OrderLookupBody } from '../schemas/self-service';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

// A customer's order as the return pages show it: each line with what may still come back and,
// when nothing may, why (the same rules the return process applies), and the outcomes the policy
// allows. Found by the order number and the email on it, or through an order link.

/** How long the link a lookup hands back stays valid: one sitting. */
const LOOKUP_LINK_MS = 60 * 60 * 1000;
const NO_RETURN_ID = '00000000-0000-0000-0000-000000000000';

async function orderRow(context: UseCaseContext, orderId: string) {
  return context.db.order.findUnique({ where: { id: orderId }, include: { lines: { orderBy: { sku: 'asc' } } } });
}

export type CustomerOrderRow = NonNullable<Awaited<ReturnType<typeof orderRow>>>;

/** The order a valid order link names. */
export async function orderOfLink(context: UseCaseContext, links: CustomerLinks, token: string): Promise<CustomerOrderRow> {
  const order = await orderRow(context, links.objectOf(token, 'order_return'));
  if (!order) throw badLink();
  return order;
}

/** Refund and store credit only in the credits policy's currency (as for staff); an exchange always. */
async function allowedResolutions(context: UseCaseContext, currency: string | undefined): Promise<Resolution[]> {
  const credits = (await currentPolicy(context.db, 'credits')).document;
  return currency === credits.currency ? ['refund', 'store_credit', 'exchange'] : ['exchange'];
}

async function customerOrder(context: UseCaseContext, order: CustomerOrderRow, token: string): Promise<CustomerOrder> {
  const policy = (await currentPolicy(context.db, 'returns')).document;
  const held = await heldByOtherReturns(context.db, order.id, NO_RETURN_ID);
  const orderLines = order.lines.map((line) => ({
    sku: line.sku,
    category: line.category,
    qty: line.qty,
    unitPrice: { minor: minorFromBigInt(line.unitPriceMinor), currency: line.currency },
    finalSale: line.finalSale,
  }));
  const lines = order.lines.map((line, index) => {
    const returnableQty = Math.max(0, line.qty - (held.get(line.sku) ?? 0));
    const [eligibility] = checkEligibility({
      policy,
      orderCustomerId: order.customerId,
      customerId: order.customerId,
      deliveredAt: order.deliveredAt.getTime(),
      now: Date.now(),
      orderLines,
      requested: [{ sku: line.sku, qty: Math.max(1, returnableQty), reason: 'other', condition: 'unopened' }],
      returnable: new Map([[line.sku, returnableQty]]),
    });
    const code = eligibility?.code ?? null;
    return {
      sku: line.sku,
      name: line.name,
      qty: line.qty,
      returnableQty,
      unitPrice: orderLines[index]?.unitPrice ?? { minor: 0, currency: line.currency },
      eligible: code === null,
      ineligibleCode: code,
      exceptionPossible: code !== null && EXCEPTABLE_CODES.includes(code),
    };
  });
  return {
    orderId: order.id,
    deliveredAt: order.deliveredAt.toISOString(),
    token,
    lines,
    resolutions: await allowedResolutions(context, order.lines[0]?.currency),
    reasons: [...RETURN_REASONS],
  };
}

/** The same refusal whether the order does not exist or the email is not the one on it. */
export async function findCustomerOrder(context: UseCaseContext, links: CustomerLinks, lookup: z.infer<typeof OrderLookupBody>): Promise<CustomerOrder> {
  const order = await orderRow(context, lookup.orderId);
  const customer = order && (await context.db.customer.findUnique({ where: { id: order.customerId } }));
  if (!order || !customer?.email || customer.email.toLowerCase() !== lookup.email.toLowerCase()) throw badLink();
  return customerOrder(context, order, links.token('order_return', order.id, Date.now() + LOOKUP_LINK_MS));
}

export async function readCustomerOrder(context: UseCaseContext, links: CustomerLinks, token: string): Promise<CustomerOrder> {
  return customerOrder(context, await orderOfLink(context, links, token), token);
}
