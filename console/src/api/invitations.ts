import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { SessionUser } from './session';

/** The invited person sets their password and is signed in at once. */
export function useAcceptInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => unwrap(api.POST('/v1/invitations/accept', { body })),
    onSuccess: (answer) => {
      client.clear();
      client.setQueryData(keys.session, answer.user as SessionUser);
    },
  });
}
