import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components } from './schema';

export type Delegation = components['schemas']['Delegation'];
type CreateDelegation = components['schemas']['CreateDelegation'];

/** A customer's posted credits and store-credit balances. */
export function useLedger(customerId: string) {
  return useQuery({
    queryKey: keys.ledger(customerId),
    queryFn: () => unwrap(api.GET('/v1/ledger', { params: { query: { customerId } } })),
    enabled: customerId !== '',
  });
}

/** The delegations the caller gave or received (an admin: all). */
export function useDelegations() {
  return useQuery({ queryKey: keys.delegations, queryFn: () => unwrap(api.GET('/v1/delegations', { params: { query: {} } })) });
}

export function useCreateDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDelegation) => unwrap(api.POST('/v1/delegations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.delegations }),
  });
}

export function useEndDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/v1/delegations/{id}/end', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.delegations }),
  });
}
