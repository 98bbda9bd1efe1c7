import type { Prisma } from './client';

/** Per sku of the order: what other returns hold (their eligible or excepted lines), unless cancelled or expired. */
export async function heldByOtherReturns(tx: Pick<Prisma.TransactionClient, '$queryRaw'>, orderId: string, excludeReturnId: string) {
  const held = await tx.$queryRaw<Array<{ sku: string; held: bigint }>>`
    SELECT rl.sku, SUM(rl.qty)::bigint AS held
    FROM return_lines rl JOIN returns r ON r.id = rl.return_id
    WHERE r.order_id = ${orderId} AND rl.eligible AND r.id <> ${excludeReturnId}::uuid
      AND r.status NOT IN ('cancelled', 'expired')
    GROUP BY rl.sku`;
  return new Map(held.map((row) => [row.sku, Number(row.held)]));
}
