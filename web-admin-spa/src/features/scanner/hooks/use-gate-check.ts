import { useCallback, useRef, useState } from 'react';
import { useUser } from '@/lib/api';
import { checkPass, type GateScan } from '../lib/gate-check';
import type { ScanOutcome } from '../lib/scan-outcome';
import { serverNow } from '@gmp/web-shared/clock';
import { useGateServices } from './gate-services';
import { useRoster } from './use-roster';
import { useSigningKeys } from './use-signing-keys';
import { useWorkerDirectory } from './use-worker-directory';

export function useGateCheck() {
  const services = useGateServices();
  const user = useUser();
  const { loadKeys, count: keyCount } = useSigningKeys();
  const lookupWorker = useWorkerDirectory();
  const loadRoster = useRoster(user.siteId, loadKeys);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const check = useCallback(
    async (scan: GateScan): Promise<ScanOutcome | null> => {
      const ticket = ++latest.current;
      let provisional: ScanOutcome | undefined;
      setChecking(true);
      setError(null);
      try {
        const result = await checkPass(scan, {
          api: services.api,
          queue: services.queue,
          loadKeys,
          siteId: user.siteId,
          // the server's time, learned from its replies: scannedAt and the rotating codes' steps go by it
          now: serverNow,
          loadRoster,
          flushQueue: async () => void (await services.syncer.flush()),
          lookupWorker,
          // The server answered after the device decided: its word is final. It replaces the
          // provisional result, and shows again after that was dismissed unless the guard has
          // scanned someone else since (then only if it disagrees with what the guard saw).
          onServerAnswer: (server) =>
            setOutcome((shown) =>
              shown?.scanId === server.scanId ||
              (ticket === latest.current && (shown === null || server.accepted !== provisional?.accepted))
                ? server
                : shown,
            ),
        });
        provisional = result;
        // A slower earlier scan must not overwrite the answer for the person now at the gate.
        if (ticket === latest.current) setOutcome(result);
        return result;
      } catch (e) {
        if (ticket === latest.current) setError(e);
        return null;
      } finally {
        if (ticket === latest.current) setChecking(false);
      }
    },
    [services, loadKeys, loadRoster, lookupWorker, user.siteId],
  );

  const dismiss = useCallback(() => setOutcome(null), []);

  /** Shows an answer the guard's own action got (a fix, a manual entry) in place of whatever is up. */
  const present = useCallback((next: ScanOutcome) => {
    latest.current++;
    setError(null);
    setChecking(false);
    setOutcome(next);
  }, []);

  return { check, checking, outcome, error, dismiss, present, keyCount };
}
