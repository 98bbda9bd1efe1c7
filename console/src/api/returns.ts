import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReturnsPolicy } from '../../../src/domain/policies';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components, paths } from './schema';

export type Order = components['schemas']['Order'];
export type Return = components['schemas']['Return'];
export type ReturnSummary = components['schemas']['ReturnSummary'];
export type ReturnFilter = NonNullable<paths['/v1/returns']['get']['parameters']['query']>;
type StartReturn = components['schemas']['StartReturn'];
type Receipt = components['schemas']['ReturnReceipt'];
type Inspection = components['schemas']['ReturnInspection'];

export function useReturns(filter: ReturnFilter) {
  return useQuery({
    queryKey: keys.returns.list(filter),
    queryFn: () => unwrap(api.GET('/v1/returns', { params: { query: filter } })),
  });
}

export function useReturn(id: string) {
  return useQuery({
    queryKey: keys.returns.one(id),
    queryFn: () => unwrap(api.GET('/v1/returns/{id}', { params: { path: { id } } })),
  });
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: keys.orders.one(id),
    queryFn: () => unwrap(api.GET('/v1/orders/{id}', { params: { path: { id } } })),
  });
}

/** The returns policy: its windows and final-sale categories preview each line's eligibility. */
export function useReturnsPolicy() {
  return useQuery({
    queryKey: keys.policy('returns'),
    queryFn: async () => {
      const { document } = await unwrap(api.GET('/v1/policies/{name}', { params: { path: { name: 'returns' } } }));
      return document as ReturnsPolicy;
    },
    staleTime: 5 * 60_000,
  });
}

export function useStartReturn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: StartReturn; idempotencyKey: string }) =>
      unwrap(api.POST('/v1/returns', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: (started) =>
      Promise.all([client.invalidateQueries({ queryKey: keys.returns.all }), client.invalidateQueries({ queryKey: keys.cases.one(started.caseId) })]),
  });
}

/** Receipt or inspection by the warehouse: the return, its queues and its case change. */
export function useWarehouseStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: { kind: 'receipt'; body: Receipt } | { kind: 'inspection'; body: Inspection }) =>
      step.kind === 'receipt'
        ? unwrap(api.POST('/v1/returns/{id}/receipt', { params: { path: { id } }, body: step.body }))
        : unwrap(api.POST('/v1/returns/{id}/inspection', { params: { path: { id } }, body: step.body })),
    onSuccess: (updated) =>
      Promise.all([client.invalidateQueries({ queryKey: keys.returns.all }), client.invalidateQueries({ queryKey: keys.cases.one(updated.caseId) })]),
  });
}
