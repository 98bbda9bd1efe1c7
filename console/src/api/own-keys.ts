import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';

/** The caller's own API keys (prefixes only). */
export function useOwnKeys() {
  return useQuery({ queryKey: keys.ownKeys, queryFn: () => unwrap(api.GET('/v1/me/keys')) });
}

/** A new key for the caller: the answer holds it this once. */
export function useCreateOwnKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => unwrap(api.POST('/v1/me/keys', { body: { label } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.ownKeys }),
  });
}

export function useRevokeOwnKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) => unwrap(api.POST('/v1/me/keys/{keyId}/revoke', { params: { path: { keyId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.ownKeys }),
  });
}
