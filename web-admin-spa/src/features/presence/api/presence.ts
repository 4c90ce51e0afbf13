import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';

const PresenceSchema = z.object({
  inside: z.array(
    z.object({
      workerId: z.string(),
      displayName: z.string().nullish(),
      department: z.string().nullish(),
      since: z.string(),
      gateId: z.string().nullish(),
    }),
  ),
});

export const PRESENCE_REFRESH_MS = 30_000;

export function usePresence() {
  return useQuery({
    queryKey: ['access-log', 'presence'],
    queryFn: ({ signal }) => api.json('/v1/access-log/presence', PresenceSchema, { signal }),
    refetchInterval: PRESENCE_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
