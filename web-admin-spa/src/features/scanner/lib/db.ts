import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Jwk } from './offline-verify';
import type { Direction } from './reasons';

export type QueuedScan = {
  scanId: string;
  token: string;
  gateId: string;
  direction: Direction;
  scannedAt: string;
  /** what this device decided while offline; the server's answer on sync is final */
  offlineResult: 'ACCEPTED' | 'REJECTED';
  offlineReason?: string;
  workerId?: string;
  queuedAt: number;
};

export type CachedKeys = { keys: Jwk[]; fetchedAt: number };

export type WorkerCard = { displayName: string; department?: string };
export type CachedDirectory = { workers: Record<string, WorkerCard>; fetchedAt: number };
/** The signed roster as fetched: verified again whenever it is read, so an edited copy is refused. */
export type CachedRoster = { token: string; fetchedAt: number };

interface GateDb extends DBSchema {
  scans: { key: string; value: QueuedScan; indexes: { byQueuedAt: number } };
  kv: { key: string; value: CachedKeys | CachedDirectory | CachedRoster };
}

export const DB_NAME = 'gmp-admin-gate';

const dbs = new Map<string, Promise<IDBPDatabase<GateDb>>>();

export function openGateDb(name = DB_NAME): Promise<IDBPDatabase<GateDb>> {
  let db = dbs.get(name);
  if (!db) {
    db = openDB<GateDb>(name, 1, {
      upgrade(database) {
        const scans = database.createObjectStore('scans', { keyPath: 'scanId' });
        scans.createIndex('byQueuedAt', 'queuedAt');
        database.createObjectStore('kv');
      },
    });
    dbs.set(name, db);
  }
  return db;
}

/** Tests start each case from an empty database. */
export async function closeGateDbs(): Promise<void> {
  for (const db of dbs.values()) (await db).close();
  dbs.clear();
}
