import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { zAuditPage, zDailySheet } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

export function useDailySheet(date: string) {
  return useQuery({
    queryKey: ['records', 'daily-sheet', date],
    queryFn: ({ signal }) => api.json('/v1/records/daily-sheet', zDailySheet, { query: { date }, signal }),
  });
}

/** The server writes the CSV (BOM, Korean headers) and the PDF; fetched with the auth header, saved as a file. */
export function useSheetFile() {
  return useMutation({
    mutationFn: async ({ date, format }: { date: string; format: 'csv' | 'pdf' }) => {
      const { blob, filename } = await api.blob(`/v1/records/daily-sheet.${format}`, {
        query: { date },
        accept: format === 'csv' ? 'text/csv' : 'application/pdf',
      });
      return { blob, filename: filename ?? `daily-sheet-${date}.${format}` };
    },
  });
}

export type Period = { from: string; to: string };

export function useAuditTrail(period: Period) {
  return useInfiniteQuery({
    queryKey: ['records', 'audit', period],
    queryFn: ({ pageParam, signal }) =>
      api.json('/v1/records/audit', zAuditPage, { query: { ...period, cursor: pageParam, limit: 100 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAuditCsv() {
  return useMutation({
    mutationFn: async (period: Period) => {
      const { blob, filename } = await api.blob('/v1/records/audit.csv', { query: period, accept: 'text/csv' });
      return { blob, filename: filename ?? `audit-${period.from}-${period.to}.csv` };
    },
  });
}
