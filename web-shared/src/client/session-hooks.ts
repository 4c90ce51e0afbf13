import { useSyncExternalStore } from 'react';
import type { User } from '../api';
import type { SessionSnapshot, SessionStore } from './session';

/** The React side of a session store: `useSession` follows it, `useUser` is for signed-in screens only. */
export function sessionHooks(store: SessionStore) {
  function useSession(): SessionSnapshot | null {
    return useSyncExternalStore(store.subscribe, store.get, store.get);
  }
  function useUser(): User {
    const session = useSession();
    if (!session) throw new Error('useUser needs a signed-in session');
    return session.user;
  }
  return { useSession, useUser };
}
