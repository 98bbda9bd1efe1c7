import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PolicyName } from '../../../src/domain/policies';
import type { Role } from '../../../src/domain/roles';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components } from './schema';

export type User = components['schemas']['User'];
export type Invitation = components['schemas']['Invitation'];
export type PolicyChange = components['schemas']['PolicyChange'];
export type PolicyVersion = components['schemas']['PolicyVersion'];

/** After any change to people, their keys or invitations, the admin's lists are read again. */
function useAdminMutation<V, T>(mutationFn: (variables: V) => Promise<T>, changes: readonly (readonly string[])[]) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => Promise.all(changes.map((queryKey) => client.invalidateQueries({ queryKey }))) });
}

export function useUsers() {
  return useQuery({ queryKey: keys.users, queryFn: () => unwrap(api.GET('/v1/users', { params: { query: {} } })) });
}

export function useChangeRole() {
  return useAdminMutation(
    ({ id, role }: { id: string; role: Role }) => unwrap(api.PUT('/v1/users/{id}/role', { params: { path: { id } }, body: { role } })),
    [keys.users],
  );
}

export function useDeactivate() {
  return useAdminMutation((id: string) => unwrap(api.POST('/v1/users/{id}/deactivate', { params: { path: { id } } })), [keys.users]);
}

export function useRevokeUserKey() {
  return useAdminMutation(
    ({ id, keyId }: { id: string; keyId: string }) => unwrap(api.POST('/v1/users/{id}/keys/{keyId}/revoke', { params: { path: { id, keyId } } })),
    [keys.users],
  );
}

export function useInvitations() {
  return useQuery({ queryKey: keys.invitations, queryFn: () => unwrap(api.GET('/v1/invitations')) });
}

export function useInvite() {
  return useAdminMutation(
    (body: components['schemas']['CreateInvitationRequest']) => unwrap(api.POST('/v1/invitations', { body })),
    [keys.invitations],
  );
}

export function useRevokeInvitation() {
  return useAdminMutation((id: string) => unwrap(api.POST('/v1/invitations/{id}/revoke', { params: { path: { id } } })), [keys.invitations]);
}

export function usePolicy(name: PolicyName) {
  return useQuery({ queryKey: keys.policy(name), queryFn: () => unwrap(api.GET('/v1/policies/{name}', { params: { path: { name } } })) });
}

/** A new version (201), or a change that waits for a second admin (202). */
export function useSavePolicy(name: PolicyName) {
  return useAdminMutation(
    async (document: unknown): Promise<{ made: PolicyVersion } | { pending: PolicyChange }> => {
      const call = api.PUT('/v1/policies/{name}', { params: { path: { name } }, body: document });
      const answer = await unwrap(call);
      return (await call).response.status === 202 ? { pending: answer as PolicyChange } : { made: answer as PolicyVersion };
    },
    [keys.policy(name), keys.policyChanges],
  );
}

export function usePolicyChanges() {
  return useQuery({
    queryKey: keys.policyChanges,
    queryFn: () => unwrap(api.GET('/v1/policy-changes', { params: { query: { status: 'pending', limit: 100 } } })),
  });
}

export type PolicyDecision = { id: string; decision: 'approve' } | { id: string; decision: 'reject'; reason: string };

export function useDecidePolicyChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decision: PolicyDecision) =>
      decision.decision === 'approve'
        ? unwrap(api.POST('/v1/policy-changes/{id}/approve', { params: { path: { id: decision.id } } }))
        : unwrap(api.POST('/v1/policy-changes/{id}/reject', { params: { path: { id: decision.id } }, body: { reason: decision.reason } })),
    onSuccess: (change) =>
      Promise.all([client.invalidateQueries({ queryKey: keys.policyChanges }), client.invalidateQueries({ queryKey: keys.policy(change.policy) })]),
  });
}
