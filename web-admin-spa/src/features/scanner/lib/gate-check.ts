import { ApiError, NetworkError } from '@/lib/api-client';
import type { GateApi } from '../api/gate-api';
import type { WorkerCard } from './db';
import type { ScanQueue } from './scan-queue';
import { verifyPassOffline, type Jwk } from './offline-verify';
import type { Direction } from './reasons';
import { outcomeFromOffline, outcomeFromServer, type ScanOutcome } from './scan-outcome';

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
  /** the cached name and department of a worker, for offline results */
  lookupWorker?: (workerId: string) => Promise<WorkerCard | undefined>;
};

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

  try {
    if (deps.flushQueue && (await deps.queue.count()) > 0) await deps.flushQueue().catch(() => undefined);
    const reply = await deps.api.verify({ token, gateId: scan.gateId, direction: scan.direction, scanId, scannedAt });
    return outcomeFromServer(reply, scanId, scan.direction);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
  }

  const keys = await deps.loadKeys();
  if (keys.length === 0) throw new NoOfflineKeysError();
  const check = await verifyPassOffline(token, { keys, siteId: deps.siteId, nowMs: now() });
  const card = check.claims && deps.lookupWorker ? await deps.lookupWorker(check.claims.sub).catch(() => undefined) : undefined;
  const outcome = outcomeFromOffline(check, scanId, scan.direction, card);
  // Junk that is not a pass at all is not worth an audit entry; every real pass scan is.
  if (check.ok || check.reason !== 'MALFORMED') {
    await deps.queue.add({
      scanId,
      token,
      gateId: scan.gateId,
      direction: scan.direction,
      scannedAt,
      offlineResult: check.ok ? 'ACCEPTED' : 'REJECTED',
      offlineReason: check.ok ? undefined : check.reason,
      workerId: check.claims?.sub,
      queuedAt: now(),
    });
  }
  return outcome;
}
