import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { LocalizedTextSchema } from '@/types/api';

/** Only what the worker's screen uses; the assessment itself is for the rule engine and reviewers. */
export const AnalysisSchema = z.object({
  id: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  reasonMessage: LocalizedTextSchema.optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** Has the uploaded photo checked (and assessed) now, so a refused photo can be retaken at once. */
export function createAnalysis(imageKey: string): Promise<Analysis> {
  return apiRequest('/ai/analyses', {
    method: 'POST',
    body: { imageKey },
    schema: AnalysisSchema,
    // The vision model may take a while on a busy day.
    timeoutMs: 45_000,
  });
}
