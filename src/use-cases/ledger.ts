import type { CreditKind } from '../domain/credits';
import { minorFromBigInt } from '../domain/money';
import type { LedgerSchema } from '../schemas/credits';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

export async function readLedger(context: UseCaseContext, customerId: string): Promise<z.infer<typeof LedgerSchema>> {
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
