import { zAnalysis, type Analysis } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

export type { Analysis };

/** Has the uploaded photo checked (and assessed) now, so a refused photo can be retaken at once. */
export function createAnalysis(imageKey: string): Promise<Analysis> {
  return api.json('/v1/ai/analyses', zAnalysis, {
    method: 'POST',
    body: { imageKey },
    // The vision model may take a while on a busy day.
    timeoutMs: 45_000,
  });
}
