import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export const UserSchema = z.object({
  id: z.string(),
  loginId: z.string(),
  displayName: z.string(),
  role: z.string(),
  siteId: z.string(),
  department: z.string().nullish(),
});
export type User = z.infer<typeof UserSchema>;

/** The refresh token is not here: it is the HttpOnly gmp_refresh cookie, out of reach of any script. */
export const SessionSchema = z.object({
  accessToken: z.string(),
  /** epoch ms when the access token stops working */
  expiresAt: z.number(),
  /** an admin (or the operator) reset the password: choose a new one before anything else */
  passwordChangeRequired: z.boolean().optional().default(false),
  user: UserSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const TokenResponseSchema = z.object({
  accessToken: z.string(),
  expiresIn: z.number(),
  passwordChangeRequired: z.boolean().optional().default(false),
  user: UserSchema,
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export function sessionFrom(reply: TokenResponse, nowMs = Date.now()): Session {
  return {
    accessToken: reply.accessToken,
    expiresAt: nowMs + reply.expiresIn * 1000,
    passwordChangeRequired: reply.passwordChangeRequired,
    user: reply.user,
  };
}

export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
  subscribe(listener: () => void): () => void;
  /** re-reads what another tab may have stored */
  reload(): Session | null;
}

const STORAGE_KEY = 'gmp-admin.session';

/**
 * Kept in localStorage, not memory: the gate tablet must survive a reload while the network is down,
 * and offline pass checks need the admin's siteId.
 */
export function createSessionStore(storage: Storage | undefined = globalThis.localStorage): SessionStore {
  const listeners = new Set<() => void>();
  let current: Session | null = read();
  const notify = () => listeners.forEach((l) => l());

  // Another tab of the app refreshed (tokens rotate) or logged out: follow it, or this tab would
  // present a spent refresh token and the server would end every session of the login.
  globalThis.addEventListener?.('storage', (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    current = read();
    notify();
  });

  function read(): Session | null {
    try {
      const raw = storage?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const stored = JSON.parse(raw) as Record<string, unknown>;
      const parsed = SessionSchema.safeParse(stored);
      if (!parsed.success) return null;
      // an older version kept the refresh token here: drop it (the cookie has it)
      if ('refreshToken' in stored) storage?.setItem(STORAGE_KEY, JSON.stringify(parsed.data));
      return parsed.data;
    } catch {
      return null;
    }
  }

  return {
    get: () => current,
    set(session) {
      current = session;
      try {
        if (session) storage?.setItem(STORAGE_KEY, JSON.stringify(session));
        else storage?.removeItem(STORAGE_KEY);
      } catch {
        // storage full or blocked: the session still lives for this tab
      }
      notify();
    },
    reload() {
      const stored = read();
      if (stored?.accessToken !== current?.accessToken) {
        current = stored;
        notify();
      }
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const sessionStore = createSessionStore();

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

export function useUser(): User {
  const session = useSession();
  if (!session) throw new Error('useUser needs a signed-in session');
  return session.user;
}
