import type { BatchEntry, BatchResponse } from '../api/schemas';
import type { QueuedScan } from './db';
import type { ScanQueue } from './scan-queue';

export type SyncConflict = { scan: QueuedScan; reason?: string };

export type NotLogged = { scan: QueuedScan; code?: string };

export type SyncReport = {
  confirmed: number;
  rejected: number;
  /** answered NOT_LOGGED: the server will never store these (too old, a reused scanId) */
  dropped: NotLogged[];
  /** the device clock is ahead of the server's: kept, and sent again once the server's time has caught up */
  clockAhead: number;
  /** accepted offline, refused by the server (revoked, anti-passback…): someone should look */
  conflicts: SyncConflict[];
  remaining: number;
  error?: unknown;
};

const CHUNK = 50;

/**
 * Sends queued scans oldest first. The batch is idempotent by scanId, so an entry stays queued until
 * the server has answered for it: a lost reply only means it is sent again.
 */
export async function syncQueue(
  queue: ScanQueue,
  postBatch: (entries: BatchEntry[]) => Promise<BatchResponse>,
): Promise<SyncReport> {
  const report: SyncReport = { confirmed: 0, rejected: 0, dropped: [], clockAhead: 0, conflicts: [], remaining: 0 };
  const pending = await queue.list();
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    let reply: BatchResponse;
    try {
      reply = await postBatch(
        chunk.map(({ scanId, token, gateId, direction, scannedAt }) => ({ scanId, token, gateId, direction, scannedAt })),
      );
    } catch (error) {
      report.error = error;
      break;
    }
    const byId = new Map(chunk.map((s) => [s.scanId, s]));
    const answered: string[] = [];
    for (const r of reply.results) {
      const scan = byId.get(r.scanId);
      if (!scan) continue;
      if (r.result === 'NOT_LOGGED') {
        if (r.error?.code === 'SCANNED_AT_IN_FUTURE') report.clockAhead++;
        else {
          answered.push(r.scanId);
          report.dropped.push({ scan, code: r.error?.code });
        }
        continue;
      }
      if (r.result !== 'ACCEPTED' && r.result !== 'REJECTED') continue;
      answered.push(r.scanId);
      if (r.result === 'ACCEPTED') report.confirmed++;
      else {
        report.rejected++;
        if (scan.offlineResult === 'ACCEPTED') report.conflicts.push({ scan, reason: r.reason ?? undefined });
      }
    }
    await queue.remove(answered);
  }
  report.remaining = await queue.count();
  return report;
}
