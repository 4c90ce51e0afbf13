import { useMutation } from '@tanstack/react-query';
import { api, session } from '@/lib/api';
import { zSession } from '@gmp/web-shared/api';

export interface LoginInput {
  loginId: string;
  password: string;
}

export async function login(input: LoginInput) {
  const tokens = await api.json('/v1/auth/login', zSession, {
    method: 'POST',
    body: input,
    auth: false,
  });
  session.start(tokens);
  return tokens.user;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
