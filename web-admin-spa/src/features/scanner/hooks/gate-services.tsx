import { createContext, useContext, type ReactNode } from 'react';
import { gateApi, type GateApi } from '../api/gate-api';
import { keyStore, type KeyStore } from '../lib/key-store';
import { rosterStore, type RosterStore } from '../lib/roster-store';
import { scanQueue, type ScanQueue } from '../lib/scan-queue';
import { createSyncer, type Syncer } from '../lib/syncer';
import { workerDirectory, type WorkerDirectory } from '../lib/worker-directory';

export type GateServices = {
  api: GateApi;
  queue: ScanQueue;
  keys: KeyStore;
  /** today's signed roster of the site, for rotating codes offline */
  roster: RosterStore;
  directory: WorkerDirectory;
  syncer: Syncer;
};

export function createGateServices(overrides: Partial<Omit<GateServices, 'syncer'>> = {}): GateServices {
  const api = overrides.api ?? gateApi;
  const queue = overrides.queue ?? scanQueue;
  return {
    api,
    queue,
    keys: overrides.keys ?? keyStore,
    roster: overrides.roster ?? rosterStore,
    directory: overrides.directory ?? workerDirectory,
    syncer: createSyncer(queue, api.postBatch),
  };
}

let defaults: GateServices | null = null;
const GateServicesContext = createContext<GateServices | null>(null);

export function GateServicesProvider({ services, children }: { services: GateServices; children: ReactNode }) {
  return <GateServicesContext.Provider value={services}>{children}</GateServicesContext.Provider>;
}

export function useGateServices(): GateServices {
  const provided = useContext(GateServicesContext);
  if (provided) return provided;
  defaults ??= createGateServices();
  return defaults;
}
