import type { BatchEntry, BatchResponse } from '../api/schemas';
import type { ScanQueue } from './scan-queue';
import { syncQueue, type SyncReport } from './sync';

export type Syncer = {
  /** one sync at a time; callers during a run share its result */
  flush(): Promise<SyncReport>;
  subscribe(listener: (report: SyncReport) => void): () => void;
  isRunning(): boolean;
};

export function createSyncer(queue: ScanQueue, postBatch: (entries: BatchEntry[]) => Promise<BatchResponse>): Syncer {
  let running: Promise<SyncReport> | null = null;
  const listeners = new Set<(report: SyncReport) => void>();
  return {
    flush() {
      running ??= syncQueue(queue, postBatch)
        .then((report) => {
          listeners.forEach((l) => l(report));
          return report;
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isRunning: () => running !== null,
  };
}
