import { openGateDb, type QueuedScan } from './db';

export type ScanQueue = {
  add(scan: QueuedScan): Promise<void>;
  /** oldest first, so the server replays entries in the order they happened */
  list(): Promise<QueuedScan[]>;
  remove(scanIds: readonly string[]): Promise<void>;
  count(): Promise<number>;
  subscribe(listener: () => void): () => void;
};

export function createScanQueue(dbName?: string): ScanQueue {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  return {
    async add(scan) {
      const db = await openGateDb(dbName);
      await db.put('scans', scan);
      changed();
    },
    async list() {
      const db = await openGateDb(dbName);
      return db.getAllFromIndex('scans', 'byQueuedAt');
    },
    async remove(scanIds) {
      if (scanIds.length === 0) return;
      const db = await openGateDb(dbName);
      const tx = db.transaction('scans', 'readwrite');
      await Promise.all([...scanIds.map((id) => tx.store.delete(id)), tx.done]);
      changed();
    },
    async count() {
      const db = await openGateDb(dbName);
      return db.count('scans');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const scanQueue = createScanQueue();
