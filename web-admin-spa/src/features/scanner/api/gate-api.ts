import { zAccessLogPage, zGateRoster, zJwks, zSyncBatchResult, zUserPage, zVerifyResult, zWorkerMatches } from '@gmp/web-shared/api';
import { api } from '@/lib/api';
import { ApiError, type ApiClient } from '@gmp/web-shared/client';
import type { WorkerCard } from '../lib/db';
import type { Jwk } from '../lib/offline-verify';
import type {
  BatchEntry,
  BatchResponse,
  ManualEntryRequest,
  RecentScan,
  WorkerMatch,
  VerifyRequest,
  VerifyResponse,
} from './schemas';

export type GateApi = {
  verify(request: VerifyRequest): Promise<VerifyResponse>;
  fetchKeys(): Promise<Jwk[]>;
  postBatch(entries: BatchEntry[]): Promise<BatchResponse>;
  /** id → name and department of everyone the admin may see, for offline results */
  fetchWorkerCards(): Promise<Record<string, WorkerCard>>;
  /** the one-tap fix of an ALREADY_INSIDE / NOT_INSIDE refusal, logged as a correction, signed with the password */
  correct(scanId: string, password: string): Promise<VerifyResponse>;
  /** a worker found by name (a dead phone): their stored pass is checked, the entry logged as manual, signed */
  manualEntry(request: ManualEntryRequest): Promise<VerifyResponse>;
  findWorkers(name: string): Promise<WorkerMatch[]>;
  /** the site's latest scans of today, newest first */
  recentScans(limit: number): Promise<RecentScan[]>;
  /** today's signed roster of the gate's site (compact JWS), for checking rotating codes offline */
  fetchRoster?(): Promise<string>;
};

const MAX_USER_PAGES = 50;

// The guard does not wait this long: after a few seconds the device decides provisionally
// (gate-check's PROVISIONAL_AFTER_MS) while the request goes on, so that a busy server's answer still
// counts. This only ends a request that will never be answered (API Gateway gives up at 29 s).
const VERIFY_TIMEOUT_MS = 30_000;

export function createGateApi(client: ApiClient = api): GateApi {
  return {
    verify: (request) =>
      client.json('/v1/qr/verify', zVerifyResult, { method: 'POST', body: request, timeoutMs: VERIFY_TIMEOUT_MS }),
    // every key the contract allows is one the offline check can use (ES256 on P-256)
    fetchKeys: async () => (await client.json('/v1/qr/keys', zJwks, { auth: false })).keys,
    fetchRoster: async () => (await client.json('/v1/qr/roster', zGateRoster)).token,
    postBatch: (entries) =>
      client.json('/v1/access-log/entries/batch', zSyncBatchResult, { method: 'POST', body: { entries } }),
    correct: (scanId, password) =>
      client.json('/v1/qr/corrections', zVerifyResult, { method: 'POST', body: { scanId, password }, timeoutMs: VERIFY_TIMEOUT_MS }),
    manualEntry: (request) =>
      client.json('/v1/qr/manual-entries', zVerifyResult, { method: 'POST', body: request, timeoutMs: VERIFY_TIMEOUT_MS }),
    findWorkers: async (name) => (await client.json('/v1/auth/workers', zWorkerMatches, { query: { name } })).items,
    recentScans: async (limit) => (await client.json('/v1/access-log/entries', zAccessLogPage, { query: { limit } })).items,
    async fetchWorkerCards() {
      const cards: Record<string, WorkerCard> = {};
      let cursor: string | undefined;
      for (let page = 0; page < MAX_USER_PAGES; page++) {
        let reply;
        try {
          reply = await client.json('/v1/auth/users', zUserPage, { query: { cursor, limit: 100 } });
        } catch (e) {
          // a gate device (role GATE) may not list users: offline it shows the worker id instead of a name
          if (e instanceof ApiError && e.status === 403) return cards;
          throw e;
        }
        for (const u of reply.items) cards[u.id] = { displayName: u.displayName, department: u.department ?? undefined };
        cursor = reply.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return cards;
    },
  };
}

export const gateApi = createGateApi();
