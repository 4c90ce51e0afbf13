import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { session } from '@/lib/session';
import { AuthTokensSchema } from '@/types/api';

export interface LoginInput {
  loginId: string;
  password: string;
}

export async function login(input: LoginInput) {
  const tokens = await apiRequest('/auth/login', {
    method: 'POST',
    body: input,
    schema: AuthTokensSchema,
    auth: false,
  });
  session.start(tokens);
  return tokens.user;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
