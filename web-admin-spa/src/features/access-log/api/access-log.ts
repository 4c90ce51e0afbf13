import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { zAccessLogPage } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

/** `name`: what a supervisor types (김위생), matched by the server against the workers' names */
export type LogFilters = { date: string; gateId?: string; name?: string };

const PAGE_SIZE = 50;

function query(filters: LogFilters) {
  return { date: filters.date, gateId: filters.gateId, name: filters.name?.trim() || undefined };
}

export function useAccessLog(filters: LogFilters) {
  return useInfiniteQuery({
    queryKey: ['access-log', filters],
    queryFn: ({ pageParam, signal }) =>
      api.json('/v1/access-log/entries', zAccessLogPage, {
        query: { ...query(filters), cursor: pageParam, limit: PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The server writes the CSV (UTF-8 with BOM, for Excel); fetched with the auth header, saved as a file. */
export function useAccessLogCsv() {
  return useMutation({
    mutationFn: async (filters: LogFilters) => {
      const { blob, filename } = await api.blob('/v1/access-log/entries.csv', { query: query(filters), accept: 'text/csv' });
      return { blob, filename: filename ?? `access-log-${filters.date}${filters.gateId ? `-${filters.gateId}` : ''}.csv` };
    },
  });
}
