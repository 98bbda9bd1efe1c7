import type { ApiContext } from '../api/context';
import { AppError } from '../api/errors';
import type { CreateOrderBody, OrderSchema } from '../api/schemas/returns';
import type { z } from '../api/zod';
import { Prisma, type Database } from '../db/client';
import type { AuthenticatedUser } from '../db/users';
import { rememberCustomer } from '../db/customers';
import { minorFromBigInt } from '../domain/money';

type Order = z.infer<typeof OrderSchema>;

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
export async function createOrder(context: ApiContext, user: AuthenticatedUser, body: z.infer<typeof CreateOrderBody>): Promise<Order> {
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
