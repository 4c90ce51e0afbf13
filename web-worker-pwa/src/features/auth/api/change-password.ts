import { useMutation } from '@tanstack/react-query';
import { api, session } from '@/lib/api';
import { zSession } from '@gmp/web-shared/api';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** POST /v1/auth/password: the reply is a fresh session (every earlier token of the worker ends). */
export async function changePassword(input: ChangePasswordInput) {
  const tokens = await api.json('/v1/auth/password', zSession, { method: 'POST', body: input });
  session.start(tokens);
  return tokens.user;
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
