import { zLiveChecklistEvaluated, zLiveEndpoint, zLiveGateScanned, type LiveEndpoint } from '@gmp/web-shared/api';
import { z } from 'zod';
import { api } from '@/lib/api';

/** GET /v1/live/endpoint (docs/openapi.yaml): where this admin's live socket is. */
export function fetchLiveEndpoint(signal?: AbortSignal): Promise<LiveEndpoint> {
  return api.json('/v1/live/endpoint', zLiveEndpoint, { signal });
}

/**
 * The socket's messages (docs/asyncapi.yaml, whose payloads are openapi.yaml's Live* schemas). A message
 * of another type, or one that does not fit its schema, is ignored, so the server can add some.
 */
export const LiveMessageSchema = z.discriminatedUnion('type', [zLiveChecklistEvaluated, zLiveGateScanned]);
export type LiveMessage = z.infer<typeof LiveMessageSchema>;
