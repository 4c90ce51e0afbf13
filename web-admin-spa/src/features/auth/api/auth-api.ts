import { useMutation } from '@tanstack/react-query';
import { api, session } from '@/lib/api';
import { zSession, type Session } from '@gmp/web-shared/api';

export type Credentials = { loginId: string; password: string };

export function login(credentials: Credentials): Promise<Session> {
  return api.json('/v1/auth/login', zSession, { method: 'POST', body: credentials, auth: false });
}

/** Ends the session on the server: the refresh cookie's family and every access token of the user. */
export async function logout(accessToken?: string): Promise<void> {
  await api.send('/v1/auth/logout', { method: 'POST', bearer: accessToken });
}

export type PasswordChange = { currentPassword: string; newPassword: string };

/** POST /v1/auth/password: the reply is a fresh session (every earlier token ends). */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (change: PasswordChange) => {
      const reply = await api.json('/v1/auth/password', zSession, { method: 'POST', body: change });
      session.start(reply);
      return reply.user;
    },
  });
}

export class NotAdminError extends Error {
  constructor(readonly displayName: string) {
    super('Only admins may use this app');
    this.name = 'NotAdminError';
  }
}

/** Who may use this app: admins, and gate devices (role GATE), which get the scanner only. */
export const STAFF_ROLES: readonly string[] = ['ADMIN', 'GATE'];

/** Signs in; a worker account is refused politely and its fresh session revoked at once. */
export function useLogin() {
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      const reply = await login(credentials);
      if (!STAFF_ROLES.includes(reply.user.role)) {
        await logout(reply.accessToken).catch(() => undefined);
        throw new NotAdminError(reply.user.displayName);
      }
      session.start(reply);
      return reply.user;
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      // while still signed in, so an expired access token is refreshed first (with the cookie) and the
      // server really ends the session; signed out locally in any case
      if (session.get()) await logout().catch(() => undefined);
      session.clear();
    },
  });
}
