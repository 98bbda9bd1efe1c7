import type { TestApp } from './harness';

/** A user's key and id: an owner is named by id in transfers and in the case view. */
export async function person(app: TestApp, role: Parameters<TestApp['userKey']>[0], name: string): Promise<{ key: string; id: string }> {
  const key = await app.userKey(role, name);
  const { id } = await app.db.user.findFirstOrThrow({ where: { name }, select: { id: true } });
  return { key, id };
}

export async function openCase(app: TestApp, key: string, body: Record<string, unknown>): Promise<any> {
  const opened = await app.request('POST', '/v1/cases', { key, body: { subject: 'Kettle arrived broken', ...body } });
  if (opened.status !== 201) throw new Error(`open case: ${opened.status} ${JSON.stringify(opened.body)}`);
  return opened.body;
}
