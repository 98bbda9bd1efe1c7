import createClient from 'openapi-fetch';
import { ApiProblem, type Problem } from './problem';
import type { paths } from './schema';

/** Every request of the console: the typed client of the API, with the session cookie. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

/** The answer's data, or the API's problem thrown as an ApiProblem. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiProblem(response.status, error as Partial<Problem> | undefined);
  return data as T;
}

/**
 * A process action the API offered in `nextActions` (its `href`, a POST): the one request whose
 * path comes from the server rather than from the typed paths.
 */
export function postAction<T>(href: string, body: Record<string, unknown>): Promise<T> {
  return unwrap(api.POST(href as never, { body } as never) as Promise<{ data?: T; error?: unknown; response: Response }>);
}
