import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Jwk } from '../lib/offline-verify';
import { useGateServices } from './gate-services';

/**
 * Fetches the pass-signing JWKS while online and keeps it in IndexedDB; the offline check reads the
 * stored copy, so a gate that opened once online keeps working after the network drops.
 */
export function useSigningKeys() {
  const { api, keys } = useGateServices();
  const query = useQuery({
    queryKey: ['qr', 'keys'],
    queryFn: async (): Promise<Jwk[]> => {
      try {
        const fresh = await api.fetchKeys();
        if (fresh.length > 0) await keys.save(fresh).catch(() => undefined);
        return fresh;
      } catch {
        // offline: what we stored before is as good as it gets
        return (await keys.load())?.keys ?? [];
      }
    },
    staleTime: 15 * 60_000,
    refetchInterval: 60 * 60_000,
    retry: false,
  });

  const loadKeys = useCallback(async (): Promise<Jwk[]> => {
    const stored = await keys.load().catch(() => undefined);
    if (stored?.keys.length) return stored.keys;
    return query.data ?? [];
  }, [keys, query.data]);

  return { count: query.data?.length ?? 0, loading: query.isPending, loadKeys };
}
