import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { sessionFrom, sessionStore, TokenResponseSchema, type TokenResponse } from '@/lib/session';

export type Credentials = { loginId: string; password: string };

export function login(credentials: Credentials): Promise<TokenResponse> {
  return api.json('/v1/auth/login', TokenResponseSchema, { method: 'POST', body: credentials, auth: false });
}

export async function logout(refreshToken: string): Promise<void> {
  await api.send('/v1/auth/logout', { method: 'POST', body: { refreshToken }, auth: false });
}

export class NotAdminError extends Error {
  constructor(readonly displayName: string) {
    super('Only admins may use this app');
    this.name = 'NotAdminError';
  }
}

/** Signs in; a worker account is refused politely and its fresh session revoked at once. */
export function useLogin() {
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      const reply = await login(credentials);
      if (reply.user.role !== 'ADMIN') {
        await logout(reply.refreshToken).catch(() => undefined);
        throw new NotAdminError(reply.user.displayName);
      }
      sessionStore.set(sessionFrom(reply));
      return reply.user;
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      const current = sessionStore.get();
      sessionStore.set(null);
      if (current) await logout(current.refreshToken).catch(() => undefined);
    },
  });
}
