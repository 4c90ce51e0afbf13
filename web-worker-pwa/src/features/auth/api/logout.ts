import { useMutation } from '@tanstack/react-query';
import { api, session } from '@/lib/api';

/**
 * Ends the session on the server (the refresh cookie's family and the access tokens) when it can be
 * reached; signs out locally in any case.
 */
export async function logout(): Promise<void> {
  const current = session.get();
  try {
    if (current) {
      await api.send('/v1/auth/logout', {
        method: 'POST',
        // The server ends only the caller's own session, so it must know the caller: without the
        // bearer it answers 401 and the refresh token stayed valid after "logout".
        timeoutMs: 5_000,
      });
    }
  } catch {
    // Offline or already revoked: the local sign-out below is what the worker asked for.
  } finally {
    session.clear();
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
