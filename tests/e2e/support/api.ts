import { expect, request, type APIRequestContext } from '@playwright/test';
import type { E2ePerson } from './stack-description';

/**
 * A person's signed-in session for a journey's setup (what the journey itself does goes through
 * the console): changes carry the console's Origin, as a browser's do.
 */
export async function apiAs(baseUrl: string, person: E2ePerson): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  const signedIn = await api.post('/v1/session', { data: { email: person.email, password: person.password } });
  expect(signedIn.status()).toBe(200);
  return api;
}

/** An order as the order system records it (sales), delivered `daysAgo` days before now. */
export async function recordOrder(
  api: APIRequestContext,
  order: { id: string; customerId: string; customerEmail?: string; daysAgo: number; lines: Array<{ sku: string; name: string; category: string; qty: number; priceMinor: number; finalSale?: boolean }> },
): Promise<void> {
  const response = await api.post('/v1/orders', {
    data: {
      id: order.id,
      customerId: order.customerId,
      ...(order.customerEmail ? { customerEmail: order.customerEmail } : {}),
      deliveredAt: new Date(Date.now() - order.daysAgo * 86_400_000).toISOString(),
      lines: order.lines.map(({ priceMinor, finalSale = false, ...line }) => ({ ...line, unitPrice: { minor: priceMinor, currency: 'EUR' }, finalSale })),
    },
  });
  expect(response.status()).toBe(201);
}
