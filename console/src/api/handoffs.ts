import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components, paths } from './schema';

export type HandoffSummary = components['schemas']['HandoffSummary'];
export type HandOver = components['schemas']['HandOver'];
export type HandoffFilter = NonNullable<paths['/v1/handoffs']['get']['parameters']['query']>;

/** The handoffs the caller may read (a salesperson: those of their deals), newest first. */
export function useHandoffs(filter: HandoffFilter) {
  return useQuery({
    queryKey: keys.handoffs.list(filter),
    queryFn: () => unwrap(api.GET('/v1/handoffs', { params: { query: filter } })),
  });
}

export function useHandoff(id: string) {
  return useQuery({
    queryKey: keys.handoffs.one(id),
    queryFn: () => unwrap(api.GET('/v1/handoffs/{id}', { params: { path: { id } } })),
  });
}

/** A page of a handoff's contacts, newest first: the first page without a cursor. */
export function useHandoffContacts(id: string, cursor: string | undefined) {
  return useQuery({
    queryKey: keys.handoffs.contacts(id, cursor),
    queryFn: () => unwrap(api.GET('/v1/handoffs/{id}/contacts', { params: { path: { id }, query: cursor ? { cursor } : {} } })),
  });
}

export function useHandOver() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: HandOver; idempotencyKey: string }) =>
      unwrap(api.POST('/v1/handoffs', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.handoffs.all }),
  });
}
