import { openGateDb, type CachedKeys } from './db';
import type { Jwk } from './offline-verify';

const KEY = 'pass-jwks';

export type KeyStore = {
  save(keys: Jwk[], fetchedAt?: number): Promise<void>;
  load(): Promise<CachedKeys | undefined>;
};

/** The JWKS outlives a reload, so a gate that lost its network still checks signatures. */
export function createKeyStore(dbName?: string): KeyStore {
  return {
    async save(keys, fetchedAt = Date.now()) {
      const db = await openGateDb(dbName);
      await db.put('kv', { keys, fetchedAt }, KEY);
    },
    async load() {
      const db = await openGateDb(dbName);
      return (await db.get('kv', KEY)) as CachedKeys | undefined;
    },
  };
}

export const keyStore = createKeyStore();
