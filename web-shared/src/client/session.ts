import * as z from 'zod/mini';
import { zUser, type Session as TokenReply, type User } from '../api';

/** Who is signed in. The refresh token is never here: it is the HttpOnly gmp_refresh cookie on /v1/auth. */
export interface SessionSnapshot {
  user: User;
  /** An admin (or the operator) reset the password: a new one is chosen before anything else. */
  passwordChangeRequired: boolean;
}

export type SignOutReason = 'logout' | 'expired';

export interface SessionStore {
  /** The same object until the session changes (a `useSyncExternalStore` snapshot). */
  get(): SessionSnapshot | null;
  /** A usable access token, or null when there is none or it is about to run out. */
  accessToken(now?: number): string | null;
  /** Stores what login, refresh or a password change answered (the refresh token rotates in its cookie). */
  start(reply: TokenReply, now?: number): void;
  /** The server answered 403 PASSWORD_CHANGE_REQUIRED: only the change screen can help now. */
  requirePasswordChange(): void;
  clear(reason?: SignOutReason): void;
  /** Why the last session of this page ended, for the sign-in screen to explain an expiry. */
  lastSignOut(): SignOutReason | null;
  /** Re-reads what another tab may have stored (a rotated token, a sign-out). */
  reload(): SessionSnapshot | null;
  subscribe(listener: () => void): () => void;
  /** Tests only: forget what lives in this page's memory and re-read storage, as a fresh page load does. */
  reloadFromStorage(): void;
}

export interface SessionOptions {
  storageKey: string;
  /**
   * Keep the access token in storage, so every tab of the app uses the one the last refresh gave
   * (the admin app: a gate tablet reloaded with no network keeps working). Otherwise it stays in this
   * page's memory and a reloaded page refreshes first (the worker app).
   */
  shareAccessToken?: boolean;
  storage?: Storage;
}

// Renew a little before the access token runs out rather than eat a 401 on a weak network.
const EARLY_REFRESH_MS = 30_000;

// What this package writes to storage (not an API shape: the user inside it is).
const zStored = z.object({
  user: zUser,
  passwordChangeRequired: z._default(z.boolean(), false),
  accessToken: z.optional(z.string()),
  /** epoch ms when the access token stops working */
  expiresAt: z.optional(z.number()),
});
type Stored = z.infer<typeof zStored>;
type Token = { value: string; expiresAt: number };

export function createSessionStore(options: SessionOptions): SessionStore {
  const { storageKey, shareAccessToken = false } = options;
  const storage = (): Storage | undefined => options.storage ?? globalThis.localStorage;
  const listeners = new Set<() => void>();
  let current: SessionSnapshot | null = null;
  let token: Token | null = null;
  let lastSignOut: SignOutReason | null = null;

  const emit = () => listeners.forEach((listener) => listener());

  function readStored(): Stored | null {
    try {
      const raw = storage()?.getItem(storageKey);
      if (!raw) return null;
      const stored = JSON.parse(raw) as Record<string, unknown>;
      const parsed = zStored.safeParse(stored);
      if (!parsed.success) return null;
      // an older version kept the refresh token here: drop it (the cookie has it)
      if ('refreshToken' in stored) write(parsed.data);
      return parsed.data;
    } catch {
      return null;
    }
  }

  function write(stored: Stored | null) {
    try {
      if (stored) storage()?.setItem(storageKey, JSON.stringify(stored));
      else storage()?.removeItem(storageKey);
    } catch {
      // storage full or blocked: the session still lives in this page
    }
  }

  function persist() {
    write(
      current && {
        ...current,
        ...(shareAccessToken && token ? { accessToken: token.value, expiresAt: token.expiresAt } : {}),
      },
    );
  }

  /** Takes what storage holds; true when anything this page shows changed. */
  function adopt(stored: Stored | null): boolean {
    const next = stored && { user: stored.user, passwordChangeRequired: stored.passwordChangeRequired };
    let changed = JSON.stringify(next) !== JSON.stringify(current);
    // signed out, or another user signed in elsewhere: this page's token is not theirs
    if (!next || next.user.id !== current?.user.id) token = null;
    if (changed) current = next;
    if (stored && shareAccessToken) {
      const shared = stored.accessToken ? { value: stored.accessToken, expiresAt: stored.expiresAt ?? 0 } : null;
      if (shared?.value !== token?.value) changed = true;
      token = shared;
    }
    return changed;
  }

  adopt(readStored());

  // Another tab refreshed (tokens rotate) or signed out: follow it, or this tab would go on with a
  // spent token or a session the user ended.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== storageKey && event.key !== null) return;
    if (adopt(readStored())) emit();
  });

  return {
    get: () => current,
    accessToken(now = Date.now()) {
      if (!token || token.expiresAt - EARLY_REFRESH_MS <= now) return null;
      return token.value;
    },
    start(reply, now = Date.now()) {
      current = { user: reply.user, passwordChangeRequired: reply.passwordChangeRequired };
      token = { value: reply.accessToken, expiresAt: now + reply.expiresIn * 1000 };
      lastSignOut = null;
      persist();
      emit();
    },
    requirePasswordChange() {
      if (!current || current.passwordChangeRequired) return;
      current = { ...current, passwordChangeRequired: true };
      persist();
      emit();
    },
    clear(reason = 'logout') {
      const had = current !== null;
      if (had) lastSignOut = reason;
      current = null;
      token = null;
      write(null);
      if (had) emit();
    },
    lastSignOut: () => lastSignOut,
    reload() {
      if (adopt(readStored())) emit();
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reloadFromStorage() {
      current = null;
      token = null;
      lastSignOut = null;
      adopt(readStored());
      emit();
    },
  };
}
