import type { ApiContext } from '../api/context';
import type { LedgerSchema } from '../api/schemas/credits';
import type { z } from '../api/zod';
import type { CreditKind } from '../domain/credits';
import { minorFromBigInt } from '../domain/money';

export async function readLedger(context: ApiContext, customerId: string): Promise<z.infer<typeof LedgerSchema>> {
  const [entries, balances] = await Promise.all([
    context.db.ledgerEntry.findMany({ where: { customerId }, orderBy: [{ postedAt: 'asc' }, { id: 'asc' }] }),
    context.db.storeCreditBalance.findMany({ where: { customerId }, orderBy: { currency: 'asc' } }),
  ]);
  return {
    customerId,
    entries: entries.map((entry) => ({
      creditId: entry.creditId,
      kind: entry.kind as CreditKind,
      amount: { minor: minorFromBigInt(entry.amountMinor), currency: entry.currency },
      postedAt: entry.postedAt.toISOString(),
    })),
    storeCreditBalances: balances.map((balance) => ({ minor: minorFromBigInt(balance.balanceMinor), currency: balance.currency })),
  };
}
