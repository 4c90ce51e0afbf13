import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { session } from '@/lib/session';
import { zSession } from '@gmp/web-shared/api';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** POST /v1/auth/password: the reply is a fresh session (every earlier token of the worker ends). */
export async function changePassword(input: ChangePasswordInput) {
  const tokens = await apiRequest('/auth/password', { method: 'POST', body: input, schema: zSession });
  session.start(tokens);
  return tokens.user;
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
