import { ApiError, NetworkError } from '@gmp/web-shared/client';
import type { GateApi } from '../api/gate-api';
import type { VerifyResponse } from '../api/schemas';
import type { WorkerCard } from './db';
import type { ScanQueue } from './scan-queue';
import { verifyPassOffline, type Jwk } from './offline-verify';
import type { Direction } from './reasons';
import { looksLikeRotatingCode } from '@gmp/web-shared/gate-code';
import { verifyRotatingOffline, type Roster } from './roster';
import { outcomeFromOffline, outcomeFromRoster, outcomeFromServer, type ScanOutcome } from './scan-outcome';

export class NoOfflineKeysError extends Error {
  constructor() {
    super('No cached signing keys: cannot check passes offline');
    this.name = 'NoOfflineKeysError';
  }
}

export type GateCheckDeps = {
  api: Pick<GateApi, 'verify'>;
  queue: ScanQueue;
  loadKeys: () => Promise<Jwk[]>;
  siteId: string;
  now?: () => number;
  newScanId?: () => string;
  /** called before an online check while scans wait, so the server sees events in order */
  flushQueue?: () => Promise<void>;
  /** today's verified roster of the site (null: none, or it failed to verify), for rotating codes offline */
  loadRoster?: () => Promise<Roster | null>;
  /** the cached name and department of a worker, for offline results */
  lookupWorker?: (workerId: string) => Promise<WorkerCard | undefined>;
  /** how long the guard waits for the server before the device decides provisionally */
  provisionalAfterMs?: number;
  /** the server answered after the provisional result: its outcome, for the same scanId */
  onServerAnswer?: (outcome: ScanOutcome) => void;
};

/** A guard waits at the gate: after this the device decides on its own (the server may still answer). */
export const PROVISIONAL_AFTER_MS = 5_000;

const SLOW = Symbol('slow');

export type GateScan = { token: string; gateId: string; direction: Direction };

/** The server is unreachable, not merely unhappy with us. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && [502, 503, 504].includes(error.status));
}

export async function checkPass(scan: GateScan, deps: GateCheckDeps): Promise<ScanOutcome> {
  const now = deps.now ?? Date.now;
  const token = scan.token.trim();
  const scanId = (deps.newScanId ?? (() => crypto.randomUUID()))();
  const scannedAt = new Date(now()).toISOString();

  let online: Promise<VerifyResponse> | undefined;
  try {
    if (deps.flushQueue && (await deps.queue.count()) > 0) await deps.flushQueue().catch(() => undefined);
    online = deps.api.verify({ token, gateId: scan.gateId, direction: scan.direction, scanId, scannedAt });
    const first = await orSlow(online, deps.provisionalAfterMs ?? PROVISIONAL_AFTER_MS);
    if (first !== SLOW) return outcomeFromServer(first, scanId, scan.direction);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    online = undefined;
  }

  // Unreachable, or slow (a busy server, a bad line): decide here and queue the scan. A slow server
  // that answers after all has logged it (idempotent by scanId): the queue forgets it and the guard
  // sees the server's answer.
  let outcome: ScanOutcome;
  try {
    outcome = await decideOffline(token, scan, scanId, scannedAt, deps);
  } catch (error) {
    if (!online || !(error instanceof NoOfflineKeysError)) throw error;
    // Nothing to decide with here: the slow server is all there is.
    return outcomeFromServer(await online, scanId, scan.direction);
  }
  online?.then(
    async (reply) => {
      await deps.queue.remove([scanId]).catch(() => undefined);
      deps.onServerAnswer?.(outcomeFromServer(reply, scanId, scan.direction));
    },
    () => undefined, // no answer after all: the queued scan is sent by the next sync
  );
  return outcome;
}

async function decideOffline(token: string, scan: GateScan, scanId: string, scannedAt: string, deps: GateCheckDeps) {
  const now = deps.now ?? Date.now;
  const roster = (await deps.loadRoster?.().catch(() => null)) ?? null;
  // Junk that is not a pass at all is not worth an audit entry; every real pass scan is.
  const queue = async (check: { ok: true } | { ok: false; reason: string }, workerId: string | undefined) => {
    if (!check.ok && check.reason === 'MALFORMED') return;
    await deps.queue.add({
      scanId,
      token,
      gateId: scan.gateId,
      direction: scan.direction,
      scannedAt,
      offlineResult: check.ok ? 'ACCEPTED' : 'REJECTED',
      offlineReason: check.ok ? undefined : check.reason,
      workerId,
      queuedAt: now(),
    });
  };
  if (looksLikeRotatingCode(token)) {
    // the phone's key is in the roster only: without one there is nothing to check the code with
    if (!roster) throw new NoOfflineKeysError();
    const check = await verifyRotatingOffline(token, roster, now());
    await queue(check, check.entry?.sub);
    return outcomeFromRoster(check, scanId, scan.direction);
  }
  const keys = await deps.loadKeys();
  if (keys.length === 0) throw new NoOfflineKeysError();
  const check = await verifyPassOffline(token, { keys, siteId: deps.siteId, nowMs: now() });
  const card = check.claims && deps.lookupWorker ? await deps.lookupWorker(check.claims.sub).catch(() => undefined) : undefined;
  // the roster says whether this site takes static passes at all (the server's StaticPassSites)
  const staticRefused = check.ok && roster !== null && !roster.static;
  const decided: typeof check = staticRefused ? { ok: false, reason: 'STATIC_NOT_ALLOWED', claims: check.claims } : check;
  await queue(decided, decided.claims?.sub);
  return {
    ...outcomeFromOffline(decided, scanId, scan.direction, card),
    codeKind: decided.claims ? 'STATIC' : undefined,
  } satisfies ScanOutcome;
}

function orSlow<T>(promise: Promise<T>, ms: number): Promise<T | typeof SLOW> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<typeof SLOW>((resolve) => (timer = setTimeout(() => resolve(SLOW), ms)));
  return Promise.race([promise, slow]).finally(() => clearTimeout(timer));
}
