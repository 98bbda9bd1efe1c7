import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components } from './schema';

export type Credit = components['schemas']['Credit'];
export type CreditSummary = components['schemas']['CreditSummary'];
type RequestCredit = components['schemas']['RequestCredit'];

/** One page of the caller's approval queue: only what they may decide, oldest first. */
export function useApprovalQueue(cursor: string | undefined) {
  return useQuery({
    queryKey: keys.credits.list({ status: 'pending_approval', cursor }),
    queryFn: () => unwrap(api.GET('/v1/credits', { params: { query: { status: 'pending_approval', limit: 25, cursor } } })),
  });
}

export function useCredit(id: string) {
  return useQuery({
    queryKey: keys.credits.one(id),
    queryFn: () => unwrap(api.GET('/v1/credits/{id}', { params: { path: { id } } })),
  });
}

/** The credits policy: its currency is the one credits are requested in. */
export function useCreditsPolicy() {
  return useQuery({
    queryKey: keys.policy('credits'),
    queryFn: () => unwrap(api.GET('/v1/policies/{name}', { params: { path: { name: 'credits' } } })),
    staleTime: 5 * 60_000,
  });
}

export function useRequestCredit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RequestCredit; idempotencyKey: string }) =>
      unwrap(api.POST('/v1/credits', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: (credit) =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.cases.one(credit.caseId) }),
        client.invalidateQueries({ queryKey: keys.credits.all }),
      ]),
  });
}

export type Decision = { decision: 'approve'; note?: string } | { decision: 'reject'; reason: string };

export function useDecideCredit(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) =>
      decision.decision === 'approve'
        ? unwrap(api.POST('/v1/credits/{id}/approve', { params: { path: { id } }, body: decision.note ? { note: decision.note } : {} }))
        : unwrap(api.POST('/v1/credits/{id}/reject', { params: { path: { id } }, body: { reason: decision.reason } })),
    onSuccess: (credit) =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.credits.all }),
        client.invalidateQueries({ queryKey: keys.cases.one(credit.caseId) }),
      ]),
  });
}
