import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components, paths } from './schema';

export type Escalation = components['schemas']['Escalation'];
export type EscalationSummary = components['schemas']['EscalationSummary'];
export type EscalationFilter = NonNullable<paths['/v1/escalations']['get']['parameters']['query']>;
type RaiseEscalation = components['schemas']['RaiseEscalation'];

export function useEscalations(filter: EscalationFilter) {
  return useQuery({
    queryKey: keys.escalations.list(filter),
    queryFn: () => unwrap(api.GET('/v1/escalations', { params: { query: filter } })),
  });
}

export function useEscalation(id: string) {
  return useQuery({
    queryKey: keys.escalations.one(id),
    queryFn: () => unwrap(api.GET('/v1/escalations/{id}', { params: { path: { id } } })),
  });
}

/** A page of an escalation's notes, newest first: the first page without a cursor. */
export function useEscalationNotes(id: string, cursor: string | undefined) {
  return useQuery({
    queryKey: keys.escalations.notes(id, cursor),
    queryFn: () => unwrap(api.GET('/v1/escalations/{id}/notes', { params: { path: { id }, query: cursor ? { cursor } : {} } })),
  });
}

export function useRaiseEscalation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RaiseEscalation; idempotencyKey: string }) =>
      unwrap(api.POST('/v1/escalations', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: (raised) =>
      Promise.all([client.invalidateQueries({ queryKey: keys.escalations.all }), client.invalidateQueries({ queryKey: keys.cases.one(raised.caseId) })]),
  });
}
