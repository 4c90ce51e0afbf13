import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, NetworkError } from '@gmp/web-shared/client';
import { api } from '@/lib/api';
import type { SessionSnapshot } from '@gmp/web-shared/client';
import { zPass, type Pass } from '@gmp/web-shared/api';
import { clearPass, loadPass, savePass, type StoredPass } from '../lib/pass-store';

export const currentPassQueryKey = ['qr', 'pass', 'current'] as const;

/** The worker's valid pass, or null when there is none (404). */
export async function getCurrentPass(signal?: AbortSignal): Promise<Pass | null> {
  try {
    return await api.json('/v1/qr/passes/current', zPass, { signal, timeoutMs: 8_000 });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function toStoredPass(pass: Pass, user: SessionSnapshot['user']): StoredPass {
  return { ...pass, holderId: user.id, holderName: user.displayName, savedAt: new Date().toISOString() };
}

export interface CurrentPassState {
  pass: StoredPass | null;
  /** Still finding out (nothing stored and no reply yet). */
  loading: boolean;
  /** The server could not be reached; `pass` is the stored copy. */
  offline: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * Offline first: the stored pass shows at once; the server's answer then replaces it (a new pass,
 * or none because it was revoked or expired). With no network the stored pass stays up.
 */
export function useCurrentPass(user: SessionSnapshot['user']): CurrentPassState {
  const [stored, setStored] = useState<StoredPass | null | undefined>(undefined);
  const query = useQuery({
    queryKey: [...currentPassQueryKey, user.id],
    queryFn: ({ signal }) => getCurrentPass(signal),
    // Fail fast when offline instead of pausing: the stored pass is the answer then.
    networkMode: 'always',
    retry: (count, error) => !(error instanceof NetworkError) && !(error instanceof ApiError && error.status < 500) && count < 1,
  });

  useEffect(() => {
    let live = true;
    loadPass(user.id)
      .then((p) => live && setStored((prev) => (prev === undefined ? p : prev)))
      .catch(() => live && setStored(null));
    return () => {
      live = false;
    };
  }, [user.id]);

  const fresh = useMemo(
    () => (query.data ? toStoredPass(query.data, user) : query.data),
    [query.data, user],
  );

  useEffect(() => {
    if (fresh === undefined) return;
    if (fresh === null) void clearPass();
    else void savePass(fresh);
  }, [fresh]);

  const pass = fresh !== undefined ? fresh : (stored ?? null);
  return {
    pass,
    loading: stored === undefined && query.isPending,
    offline: query.error instanceof NetworkError,
    error: query.error instanceof NetworkError ? undefined : query.error,
    refetch: () => void query.refetch(),
  };
}
