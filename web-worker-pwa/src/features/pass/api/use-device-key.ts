import { useEffect, useState } from 'react';
import type { DeviceKey } from '../lib/device-key';
import { ensureDeviceRegistered } from './register-device';
import { loadDeviceKey } from '../lib/device-key';

export type DeviceState = { status: 'loading' } | { status: 'ready'; key: DeviceKey } | { status: 'unavailable' };

/**
 * This phone's key for the worker, registered with the server (once; offline, the stored key still signs). A phone
 * that cannot keep a WebCrypto key in IndexedDB has none: the pass screen falls back to the token. Only where the
 * pass screen shows the rotating code (`enabled`).
 */
export function useDeviceKey(userId: string, enabled = true): DeviceState {
  const [state, setState] = useState<DeviceState>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    ensureDeviceRegistered(userId)
      .catch(async () => {
        // offline or refused: a key made earlier still signs codes the gate knows (it was registered then)
        const stored = await loadDeviceKey(userId).catch(() => null);
        if (!stored?.registered) throw new Error('no registered device key');
        return stored;
      })
      .then((key) => live && setState({ status: 'ready', key }))
      .catch(() => live && setState({ status: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [userId, enabled]);
  return state;
}
