import { Prisma, type Database } from '../db/client';
import { rememberCustomer } from '../db/customers';
import type { AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import { minorFromBigInt } from '../domain/money';
import type { CreateOrderBody, OrderSchema } from '../schemas/returns';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

type Order = z.infer<typeof OrderSchema>;

/**
 * An order's currency as `{ currency }` (its lines are all in one; null for an order without lines),
 * or null when there is no such order: a subquery for `readTogether` (src/db/read-together.ts).
 */
export function orderCurrencySql(orderId: string): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('currency', (SELECT currency FROM order_lines WHERE order_id = o.id LIMIT 1)) FROM orders o WHERE o.id = ${orderId})`;
}

export async function readOrder(db: Database, orderId: string): Promise<Order> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { lines: { orderBy: { sku: 'asc' } } } });
  if (!order) throw new AppError('not_found', `no order ${orderId}`);
  return {
    id: order.id,
    customerId: order.customerId,
    deliveredAt: order.deliveredAt.toISOString(),
    replacesReturnId: order.replacesReturnId,
    lines: order.lines.map((line) => ({
      sku: line.sku,
      name: line.name,
      category: line.category,
      qty: line.qty,
      unitPrice: { minor: minorFromBigInt(line.unitPriceMinor), currency: line.currency },
      finalSale: line.finalSale,
    })),
  };
}

/** Orders arrive from the order management system; an order id is taken once. */
export async function createOrder(context: UseCaseContext, user: AuthenticatedUser, body: z.infer<typeof CreateOrderBody>): Promise<Order> {
  try {
    await context.db.$transaction(async (tx) => {
      await tx.order.create({
        data: {
          id: body.id,
          customerId: body.customerId,
          deliveredAt: new Date(body.deliveredAt),
          createdById: user.id,
          lines: {
            create: body.lines.map((line) => ({
              sku: line.sku,
              name: line.name,
              category: line.category,
              qty: line.qty,
              unitPriceMinor: BigInt(line.unitPrice.minor),
              currency: line.unitPrice.currency,
              finalSale: line.finalSale,
            })),
          },
        },
      });
      await rememberCustomer(tx, { id: body.customerId, email: body.customerEmail });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `order ${body.id} already exists`);
    }
    throw error;
  }
  return readOrder(context.db, body.id);
}
