import { useQuery } from '@tanstack/react-query';
import { zPresenceList } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

export const PRESENCE_REFRESH_MS = 30_000;

export function usePresence() {
  return useQuery({
    queryKey: ['access-log', 'presence'],
    queryFn: ({ signal }) => api.json('/v1/access-log/presence', zPresenceList, { signal }),
    refetchInterval: PRESENCE_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
