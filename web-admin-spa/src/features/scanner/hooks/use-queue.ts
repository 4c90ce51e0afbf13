import { useCallback, useEffect, useState } from 'react';
import type { SyncReport } from '../lib/sync';
import { useGateServices } from './gate-services';

const RETRY_MS = 30_000;

export function useQueueSize(): number {
  const { queue } = useGateServices();
  const [size, setSize] = useState(0);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void queue
        .count()
        .then((n) => alive && setSize(n))
        .catch(() => undefined);
    refresh();
    const unsubscribe = queue.subscribe(refresh);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [queue]);
  return size;
}

/** Sends offline scans when the browser says it is back online, and every 30 s while any wait. */
export function useQueueSync() {
  const { queue, syncer } = useGateServices();
  const [syncing, setSyncing] = useState(false);
  const [lastReport, setLastReport] = useState<SyncReport | null>(null);

  const sync = useCallback(async () => {
    setSyncing(true);
    try {
      return await syncer.flush();
    } finally {
      setSyncing(false);
    }
  }, [syncer]);

  useEffect(() => syncer.subscribe(setLastReport), [syncer]);

  useEffect(() => {
    const maybeSync = () =>
      void queue
        .count()
        .then((n) => (n > 0 ? sync() : undefined))
        .catch(() => undefined);
    maybeSync();
    window.addEventListener('online', maybeSync);
    const timer = window.setInterval(maybeSync, RETRY_MS);
    return () => {
      window.removeEventListener('online', maybeSync);
      window.clearInterval(timer);
    };
  }, [queue, sync]);

  return { sync, syncing, lastReport };
}
