import { useSyncExternalStore } from 'react';
import { session, type SessionSnapshot } from '@/lib/session';

export function useSession(): SessionSnapshot | null {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}
