import type { PolicyName } from '../../src/domain/policies';
import type { HttpResponse, TestApp } from './harness';

/** Two admins' keys: a change that widens money authority needs the second one's approval. */
export interface Admins {
  admin: string;
  secondAdmin: string;
}

export async function adminPair(app: TestApp): Promise<Admins> {
  return { admin: await app.userKey('admin', 'Ari Admin'), secondAdmin: await app.userKey('admin', 'Bea Admin') };
}

/** Saves a policy as admins do: a change held for four eyes (202) is approved by the second admin. */
export async function savePolicy(app: TestApp, admins: Admins, name: PolicyName, document: unknown): Promise<HttpResponse> {
  const response = await app.request('PUT', `/v1/policies/${name}`, { key: admins.admin, body: document });
  if (response.status !== 202) return response;
  return app.request('POST', `/v1/policy-changes/${response.body.id}/approve`, { key: admins.secondAdmin });
}

/** 'in effect' for a policy saved at once (201) or approved by a second admin (200); else the status. */
export const inEffect = (status: number) => (status === 201 || status === 200 ? 'in effect' : status);
