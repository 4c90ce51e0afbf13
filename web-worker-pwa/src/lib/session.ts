import { zUser, type Session as AuthTokens, type User } from '@gmp/web-shared/api';

/**
 * The signed-in worker. The user survives a reload (localStorage) so the app opens on a phone with no
 * signal and can still show the stored pass; the short-lived access token stays in memory only; the
 * refresh token is an HttpOnly cookie the server sets on /v1/auth, out of reach of any script.
 */
const STORAGE_KEY = 'gmp.session';
// Renew a little before the access token runs out rather than eat a 401 on a weak network.
const EARLY_REFRESH_MS = 30_000;

export interface SessionSnapshot {
  user: User;
  /** An admin reset the password: the worker chooses a new one before anything else. */
  passwordChangeRequired: boolean;
}

export type SignOutReason = 'logout' | 'expired';

let current: SessionSnapshot | null = readStored();
let lastSignOut: SignOutReason | null = null;
let accessToken: { value: string; expiresAt: number } | null = null;
const listeners = new Set<() => void>();

function readStored(): SessionSnapshot | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { user?: unknown; passwordChangeRequired?: unknown; refreshToken?: unknown };
    const user = zUser.safeParse(parsed.user);
    if (!user.success) return null;
    const snapshot = { user: user.data, passwordChangeRequired: parsed.passwordChangeRequired === true };
    // a session stored by an older version kept the refresh token here: drop it (the cookie has it)
    if ('refreshToken' in parsed) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(snapshot));
    return snapshot;
  } catch {
    return null;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

export const session = {
  get(): SessionSnapshot | null {
    return current;
  },
  /** Stores what login, refresh or a password change answered (the refresh token rotates in its cookie). */
  start(tokens: AuthTokens, now = Date.now()) {
    current = { user: tokens.user, passwordChangeRequired: tokens.passwordChangeRequired };
    lastSignOut = null;
    accessToken = { value: tokens.accessToken, expiresAt: now + tokens.expiresIn * 1000 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
    emit();
  },
  /** The server answered 403 PASSWORD_CHANGE_REQUIRED: only the change screen can help now. */
  requirePasswordChange() {
    if (!current || current.passwordChangeRequired) return;
    current = { ...current, passwordChangeRequired: true };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
    emit();
  },
  clear(reason: SignOutReason = 'logout') {
    const had = current !== null;
    if (had) lastSignOut = reason;
    current = null;
    accessToken = null;
    localStorage.removeItem(STORAGE_KEY);
    if (had) emit();
  },
  /** A usable access token, or null when it is missing or about to expire. */
  accessToken(now = Date.now()): string | null {
    if (!accessToken || accessToken.expiresAt - EARLY_REFRESH_MS <= now) return null;
    return accessToken.value;
  },
  /** Why the last session ended, for the login screen to explain an expiry. */
  lastSignOut(): SignOutReason | null {
    return lastSignOut;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Tests only: re-read storage as a fresh page load would. */
  reloadFromStorage() {
    current = readStored();
    accessToken = null;
    lastSignOut = null;
    emit();
  },
};
