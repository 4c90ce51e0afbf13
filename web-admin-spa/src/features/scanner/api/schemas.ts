import type { AccessLogEntry, WorkerMatches } from '@gmp/web-shared/api';
import { z } from 'zod';

const LocalizedSchema = z.union([
  z.string(),
  z.object({ ko: z.string().optional(), en: z.string().optional() }),
]);

/** The contract allows plain codes or `{code, message:{ko,en}}`; both become the second form. */
export const ConditionSchema = z
  .union([z.string(), z.object({ code: z.string(), message: LocalizedSchema.optional() })])
  .transform((c) => (typeof c === 'string' ? { code: c } : c));
export type Condition = z.output<typeof ConditionSchema>;

export const VerifyRequestSchema = z.object({
  token: z.string(),
  gateId: z.string(),
  direction: z.enum(['IN', 'OUT']),
  scanId: z.string(),
  scannedAt: z.string(),
});
export type VerifyRequest = z.infer<typeof VerifyRequestSchema>;

export const VerifyResponseSchema = z.object({
  result: z.enum(['ACCEPTED', 'REJECTED']),
  reason: z.string().nullish(),
  worker: z
    .object({ id: z.string(), displayName: z.string().nullish(), department: z.string().nullish() })
    .nullish(),
  pass: z
    .object({
      id: z.string(),
      verdict: z.string().nullish(),
      conditions: z.array(ConditionSchema).nullish(),
      zones: z.array(z.string()).nullish(),
      expiresAt: z.string().nullish(),
    })
    .nullish(),
  logId: z.string().nullish(),
  scanId: z.string().nullish(),
  /** MANUAL (entered by name) or CORRECTION (the guard's anti-passback fix); absent on a scan */
  kind: z.string().nullish(),
  note: z.string().nullish(),
  /** what the gate read: the phone's rotating code or a static pass token */
  codeKind: z.enum(['ROTATING', 'STATIC']).nullish(),
});
export type VerifyResponse = z.output<typeof VerifyResponseSchema>;

export const JwksSchema = z.object({ keys: z.array(z.unknown()) });

export const BatchResponseSchema = z.object({
  results: z.array(
    z.object({
      scanId: z.string(),
      result: z.string(),
      reason: z.string().nullish(),
      logId: z.string().nullish(),
      error: z.object({ code: z.string(), message: z.string().nullish() }).nullish(),
    }),
  ),
});
export type BatchResponse = z.output<typeof BatchResponseSchema>;
export type BatchEntry = { scanId: string; token: string; gateId: string; direction: 'IN' | 'OUT'; scannedAt: string };

// the request as the app writes it (the writeOnly password included)
export type { ManualEntryRequestWritable as ManualEntryRequest, WorkerMatches } from '@gmp/web-shared/api';
export type WorkerMatch = WorkerMatches['items'][number];
export type RecentScan = AccessLogEntry;
