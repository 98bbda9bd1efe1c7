import type { Database } from './client';

/** Remembers how to reach a customer; what is not given keeps its earlier value. */
export async function rememberCustomer(db: Pick<Database, 'customer'>, customer: { id: string; name?: string; email?: string }): Promise<void> {
  const known = { ...(customer.name ? { name: customer.name } : {}), ...(customer.email ? { email: customer.email } : {}) };
  if (Object.keys(known).length === 0) return;
  const updatedAt = new Date();
  await db.customer.upsert({ where: { id: customer.id }, create: { id: customer.id, ...known, updatedAt }, update: { ...known, updatedAt } });
}
