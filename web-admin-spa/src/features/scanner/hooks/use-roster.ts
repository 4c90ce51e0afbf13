import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { serverNow } from '@gmp/web-shared/clock';
import { verifyRoster, type Roster } from '../lib/roster';
import type { Jwk } from '../lib/offline-verify';
import { useGateServices } from './gate-services';

/** Fetched while online every few minutes; a gate offline at the shift change still has the morning's. */
export const ROSTER_REFRESH_MS = 3 * 60_000;

/**
 * Today's signed roster of the gate's site, for checking rotating codes with no network. What is read is always
 * verified against the cached pass JWKS first; a roster that fails (edited, another site's, past the end of its
 * day) is deleted, so yesterday's names do not stay on the tablet.
 */
export function useRoster(siteId: string, loadKeys: () => Promise<Jwk[]>) {
  const { api, roster } = useGateServices();
  useQuery({
    queryKey: ['qr', 'roster', siteId],
    enabled: Boolean(api.fetchRoster),
    queryFn: async () => {
      const token = await api.fetchRoster!();
      await roster.save(token).catch(() => undefined);
      return true;
    },
    refetchInterval: ROSTER_REFRESH_MS,
    staleTime: ROSTER_REFRESH_MS,
    retry: false,
  });

  return useCallback(async (): Promise<Roster | null> => {
    const stored = await roster.load().catch(() => undefined);
    if (!stored) return null;
    const verified = await verifyRoster(stored.token, await loadKeys(), siteId, serverNow());
    if (!verified) await roster.clear().catch(() => undefined);
    return verified;
  }, [loadKeys, roster, siteId]);
}
