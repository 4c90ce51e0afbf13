import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';
import { pageOf } from '@/lib/paging';

/** openapi DailySheet: the cells the print page, the CSV and the PDF all show. */
export const DailySheetSchema = z.object({
  siteId: z.string(),
  date: z.string(),
  generatedAt: z.string(),
  title: z.string(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  answersExpired: z.number(),
  notes: z.array(z.string()),
});
export type DailySheet = z.infer<typeof DailySheetSchema>;

const SignatureSchema = z.object({ signerName: z.string(), signedAt: z.string(), meaning: z.string(), hash: z.string() });

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actionText: z.object({ ko: z.string(), en: z.string() }),
  actorName: z.string(),
  targetType: z.string(),
  targetName: z.string(),
  detail: z.string(),
  signature: SignatureSchema.nullish(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export function useDailySheet(date: string) {
  return useQuery({
    queryKey: ['records', 'daily-sheet', date],
    queryFn: ({ signal }) => api.json('/v1/records/daily-sheet', DailySheetSchema, { query: { date }, signal }),
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
      api.json('/v1/records/audit', pageOf(AuditEntrySchema), { query: { ...period, cursor: pageParam, limit: 100 }, signal }),
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
