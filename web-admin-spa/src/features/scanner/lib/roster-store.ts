import { openGateDb, type CachedRoster } from './db';

const KEY = 'gate-roster';

export type RosterStore = {
  save(token: string, fetchedAt?: number): Promise<void>;
  load(): Promise<CachedRoster | undefined>;
  clear(): Promise<void>;
};

/** Today's roster outlives a reload; it is cleared when it runs out (end of the site day) or fails to verify. */
export function createRosterStore(dbName?: string): RosterStore {
  return {
    async save(token, fetchedAt = Date.now()) {
      await (await openGateDb(dbName)).put('kv', { token, fetchedAt }, KEY);
    },
    async load() {
      return (await (await openGateDb(dbName)).get('kv', KEY)) as CachedRoster | undefined;
    },
    async clear() {
      await (await openGateDb(dbName)).delete('kv', KEY);
    },
  };
}

export const rosterStore = createRosterStore();
