import { useCallback, useEffect, useState } from 'react';
import type { DeviceKey } from '../lib/device-key';
import { deviceKeyFor, loadDeviceKey } from '../lib/device-key';
import { deviceStatus, registerDevice } from './register-device';

export type DeviceState =
  | { status: 'loading' }
  | { status: 'ready'; key: DeviceKey }
  /** Another phone was registered since: the gate refuses this phone's codes until it is registered again. */
  | { status: 'retired'; key: DeviceKey; registerAgain: () => Promise<void> }
  | { status: 'unavailable' };

/**
 * This phone's key for the worker, registered with the server; the server is asked whether it still is the worker's
 * phone (offline, the stored key still signs). A phone that cannot keep a WebCrypto key in IndexedDB has none: the
 * pass screen falls back to the token. Only where the pass screen shows the rotating code (`enabled`).
 */
export function useDeviceKey(userId: string, enabled = true): DeviceState {
  const [state, setState] = useState<DeviceState>({ status: 'loading' });

  const settle = useCallback(
    (key: DeviceKey, status: 'current' | 'retired', live: () => boolean) => {
      if (!live()) return;
      if (status === 'current') {
        setState({ status: 'ready', key });
        return;
      }
      setState({
        status: 'retired',
        key,
        // registering this phone again retires the other one; a failure leaves the screen as it was (the caller says so)
        registerAgain: async () => {
          const registered = await registerDevice(key);
          if (live()) setState({ status: 'ready', key: registered });
        },
      });
    },
    [],
  );

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const isLive = () => live;
    resolveDevice(userId)
      .then(({ key, status }) => settle(key, status, isLive))
      .catch(() => live && setState({ status: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [userId, enabled, settle]);
  return state;
}

async function resolveDevice(userId: string): Promise<{ key: DeviceKey; status: 'current' | 'retired' }> {
  let key: DeviceKey;
  try {
    key = await deviceKeyFor(userId);
    if (!key.registered) return { key: await registerDevice(key), status: 'current' };
  } catch (error) {
    // offline or refused: a key made earlier still signs codes the gate knows (it was registered then)
    const stored = await loadDeviceKey(userId).catch(() => null);
    if (!stored?.registered) throw error;
    return { key: stored, status: 'current' };
  }
  try {
    const status = await deviceStatus(key);
    if (status === 'unregistered') return { key: await registerDevice(key), status: 'current' };
    return { key, status };
  } catch {
    // the server cannot say (offline): the registered key goes on signing
    return { key, status: 'current' };
  }
}
