import { api, type ApiClient } from '@/lib/api-client';
import { JwkSchema, type Jwk } from '../lib/offline-verify';
import {
  BatchResponseSchema,
  JwksSchema,
  VerifyResponseSchema,
  type BatchEntry,
  type BatchResponse,
  type VerifyRequest,
  type VerifyResponse,
} from './schemas';

export type GateApi = {
  verify(request: VerifyRequest): Promise<VerifyResponse>;
  fetchKeys(): Promise<Jwk[]>;
  postBatch(entries: BatchEntry[]): Promise<BatchResponse>;
};

// A guard waits at the gate: give up early and fall back to the offline check.
const VERIFY_TIMEOUT_MS = 5_000;

export function createGateApi(client: ApiClient = api): GateApi {
  return {
    verify: (request) =>
      client.json('/v1/qr/verify', VerifyResponseSchema, { method: 'POST', body: request, timeoutMs: VERIFY_TIMEOUT_MS }),
    async fetchKeys() {
      const jwks = await client.json('/v1/qr/keys', JwksSchema, { auth: false });
      // Skip keys we cannot use (another curve, an encryption key) instead of failing the whole set.
      return jwks.keys.flatMap((k) => {
        const parsed = JwkSchema.safeParse(k);
        return parsed.success ? [parsed.data] : [];
      });
    },
    postBatch: (entries) =>
      client.json('/v1/access-log/entries/batch', BatchResponseSchema, { method: 'POST', body: { entries } }),
  };
}

export const gateApi = createGateApi();
