import { z } from 'zod';
import { api } from '@/lib/api';

/** GET /v1/live/endpoint (docs/openapi.yaml): where this admin's live socket is. */
export const LiveEndpointSchema = z.object({ url: z.string().regex(/^wss?:\/\//), tokenParameter: z.literal('token') });
export type LiveEndpoint = z.infer<typeof LiveEndpointSchema>;

export function fetchLiveEndpoint(signal?: AbortSignal): Promise<LiveEndpoint> {
  return api.json('/v1/live/endpoint', LiveEndpointSchema, { signal });
}

/** The socket's messages (docs/asyncapi.yaml). Unknown types are ignored, so the server can add some. */
export const LiveMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('checklist.evaluated'),
    siteId: z.string(),
    submissionId: z.string(),
    verdict: z.string(),
    trigger: z.string(),
    occurredAt: z.string(),
  }),
  z.object({
    type: z.literal('gate.scanned'),
    siteId: z.string(),
    logId: z.string(),
    gateId: z.string(),
    direction: z.string(),
    result: z.string(),
    occurredAt: z.string(),
  }),
]);
export type LiveMessage = z.infer<typeof LiveMessageSchema>;
