import { openGateDb, type CachedDirectory, type WorkerCard } from './db';

const KEY = 'worker-directory';

export type WorkerDirectory = {
  save(workers: Record<string, WorkerCard>, fetchedAt?: number): Promise<void>;
  lookup(workerId: string): Promise<WorkerCard | undefined>;
};

/**
 * Names and departments of the site's people, kept on the gate device: a pass carries only the worker
 * id (no personal data in a QR), and offline the guard still needs a name to look the person in the face.
 */
export function createWorkerDirectory(dbName?: string): WorkerDirectory {
  let memory: Record<string, WorkerCard> | null = null;
  return {
    async save(workers, fetchedAt = Date.now()) {
      memory = workers;
      const db = await openGateDb(dbName);
      await db.put('kv', { workers, fetchedAt }, KEY);
    },
    async lookup(workerId) {
      if (!memory) {
        const db = await openGateDb(dbName);
        memory = ((await db.get('kv', KEY)) as CachedDirectory | undefined)?.workers ?? {};
      }
      return memory[workerId];
    },
  };
}

export const workerDirectory = createWorkerDirectory();
