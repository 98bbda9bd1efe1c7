import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../src/domain/roles';
import { api, unwrap } from './client';
import { keys } from './keys';
import { ApiProblem } from './problem';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The signed-in person, or null when nobody is (a 401). */
export function useSession() {
  return useQuery({
    queryKey: keys.session,
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return (await unwrap(api.GET('/v1/session'))).user as SessionUser;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    refetchInterval: 60_000,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/v1/session', { body })),
    onSuccess: (answer) => {
      client.clear();
      client.setQueryData(keys.session, answer.user as SessionUser);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/v1/session')),
    onSettled: () => {
      client.clear();
      client.setQueryData(keys.session, null);
    },
  });
}
