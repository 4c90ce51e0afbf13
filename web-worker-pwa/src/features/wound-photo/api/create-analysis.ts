import { zAnalysis, type Analysis } from '@gmp/web-shared/api';
import { apiRequest } from '@/lib/api-client';

export type { Analysis };

/** Has the uploaded photo checked (and assessed) now, so a refused photo can be retaken at once. */
export function createAnalysis(imageKey: string): Promise<Analysis> {
  return apiRequest('/ai/analyses', {
    method: 'POST',
    body: { imageKey },
    schema: zAnalysis,
    // The vision model may take a while on a busy day.
    timeoutMs: 45_000,
  });
}
