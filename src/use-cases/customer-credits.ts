import { badLink, type CustomerLinks } from '../customer-links/links';
import type { CreditKind } from '../domain/credits';
import { minorFromBigInt } from '../domain/money';
import type { CustomerCreditStatusSchema } from '../schemas/self-service';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

/** A credit as the customer it was posted to sees it: kind, amount, where it stands. */
export async function readCreditByLink(context: UseCaseContext, links: CustomerLinks, token: string): Promise<z.infer<typeof CustomerCreditStatusSchema>> {
  const credit = await context.db.credit.findUnique({ where: { id: links.objectOf(token, 'credit_status') } });
  if (!credit) throw badLink();
  return {
    kind: credit.kind as CreditKind,
    amount: { minor: minorFromBigInt(credit.amountMinor), currency: credit.currency },
    status: credit.status,
    requestedAt: credit.requestedAt.toISOString(),
    postedAt: credit.postedAt?.toISOString() ?? null,
  };
}
