import { zDevice } from '@gmp/web-shared/api';
import { api } from '@/lib/api';
import { deviceKeyFor, saveDeviceKey, type DeviceKey } from '../lib/device-key';

/**
 * Makes sure this phone's key is the worker's registered phone (`POST /v1/auth/devices`): at login, and again on
 * the pass screen until the server has confirmed it once. Registering the same key again changes nothing.
 */
export async function ensureDeviceRegistered(userId: string): Promise<DeviceKey> {
  const key = await deviceKeyFor(userId);
  if (key.registered) return key;
  await api.json('/v1/auth/devices', zDevice, { method: 'POST', body: { publicKey: key.publicJwk } });
  const registered = { ...key, registered: true };
  await saveDeviceKey(registered);
  return registered;
}
