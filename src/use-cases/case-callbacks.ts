import type { CallbackStatus } from '../domain/callbacks';
import type { CallbackView } from '../schemas/cases';
import type { UseCaseContext } from './context';

/** Every callback promised on the case, oldest first; open ones count down to their due time. */
export async function caseCallbacks(context: UseCaseContext, caseId: string, now = Date.now()): Promise<CallbackView[]> {
  const callbacks = await context.db.callback.findMany({ where: { caseId }, orderBy: { number: 'asc' } });
  if (callbacks.length === 0) return [];
  const [steps, owners] = await Promise.all([
    context.db.stepRecord.findMany({ where: { stepKey: { in: callbacks.map((callback) => callback.stepKey) } } }),
    context.db.user.findMany({ where: { id: { in: [...new Set(callbacks.map((callback) => callback.ownerId))] } }, select: { id: true, name: true } }),
  ]);
  return callbacks.map((callback) => {
    const step = steps.find((candidate) => candidate.stepKey === callback.stepKey);
    const owner = owners.find((candidate) => candidate.id === callback.ownerId);
    return {
      number: callback.number,
      dueAt: callback.dueAt.toISOString(),
      dueInSeconds: callback.status === 'open' ? Math.round((callback.dueAt.getTime() - now) / 1000) : null,
      note: callback.note,
      status: callback.status as CallbackStatus,
      owner: { id: callback.ownerId, name: owner?.name ?? '' },
      promisedAt: callback.promisedAt.toISOString(),
      endedAt: callback.endedAt?.toISOString() ?? null,
      remindedAt: step?.warnedAt?.toISOString() ?? null,
      missedAt: step?.breachedAt?.toISOString() ?? null,
    };
  });
}
