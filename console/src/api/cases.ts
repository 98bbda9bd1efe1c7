import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postAction, unwrap } from './client';
import { keys } from './keys';
import type { components, paths } from './schema';

export type Case = components['schemas']['Case'];
export type CaseSummary = components['schemas']['CaseSummary'];
export type LinkedProcess = components['schemas']['LinkedProcess'];
export type NextAction = components['schemas']['NextAction'];
export type CaseFilter = NonNullable<paths['/v1/cases']['get']['parameters']['query']>;
type OpenCase = components['schemas']['OpenCaseRequest'];

export function useCases(filter: CaseFilter) {
  return useQuery({
    queryKey: keys.cases.list(filter),
    queryFn: () => unwrap(api.GET('/v1/cases', { params: { query: filter } })),
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: keys.cases.one(id),
    queryFn: () => unwrap(api.GET('/v1/cases/{id}', { params: { path: { id } } })),
  });
}

export function useOpenCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: OpenCase; idempotencyKey: string }) =>
      unwrap(api.POST('/v1/cases', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.cases.all }),
  });
}

/** One of the caller's `nextActions` on a case or a process; the case and its processes (credits, returns, escalations) change. */
export function useNextAction(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: NextAction; body: Record<string, unknown> }) => postAction<unknown>(action.href, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.cases.one(caseId) }),
        client.invalidateQueries({ queryKey: keys.credits.all }),
        client.invalidateQueries({ queryKey: keys.returns.all }),
        client.invalidateQueries({ queryKey: keys.escalations.all }),
      ]),
  });
}

type PromiseCallback = components['schemas']['PromiseCallbackRequest'];
type CompleteCallback = components['schemas']['CompleteCallbackRequest'];
type TransferCase = components['schemas']['TransferCaseRequest'];

/** The changes to a case itself: promise a callback, record one made, transfer the case; each answers the case. */
export function useCaseChanges(caseId: string) {
  const client = useQueryClient();
  const onSuccess = (changed: Case) => {
    client.setQueryData(keys.cases.one(caseId), changed);
    return client.invalidateQueries({ queryKey: keys.cases.all });
  };
  const path = { id: caseId };
  return {
    promise: useMutation({ mutationFn: (body: PromiseCallback) => unwrap(api.POST('/v1/cases/{id}/callbacks', { params: { path }, body })), onSuccess }),
    complete: useMutation({
      mutationFn: ({ n, body }: { n: number; body: CompleteCallback }) => unwrap(api.POST('/v1/cases/{id}/callbacks/{n}/done', { params: { path: { ...path, n } }, body })),
      onSuccess,
    }),
    transfer: useMutation({ mutationFn: (body: TransferCase) => unwrap(api.POST('/v1/cases/{id}/transfer', { params: { path }, body })), onSuccess }),
  };
}
