import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { session } from '@/lib/session';
import { zSession } from '@gmp/web-shared/api';

export interface LoginInput {
  loginId: string;
  password: string;
}

export async function login(input: LoginInput) {
  const tokens = await apiRequest('/auth/login', {
    method: 'POST',
    body: input,
    schema: zSession,
    auth: false,
  });
  session.start(tokens);
  return tokens.user;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
