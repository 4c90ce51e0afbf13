import { zDevice, zRegisteredDevice } from '@gmp/web-shared/api';
import { ApiError } from '@gmp/web-shared/client';
import { jwkThumbprint } from '@gmp/web-shared/gate-code';
import { api } from '@/lib/api';
import { deviceKeyFor, saveDeviceKey, type DeviceKey } from '../lib/device-key';

/**
 * Makes sure this phone's key is the worker's registered phone (`POST /v1/auth/devices`): at login, and again on
 * the pass screen until the server has confirmed it once. Registering the same key again changes nothing.
 */
export async function ensureDeviceRegistered(userId: string): Promise<DeviceKey> {
  const key = await deviceKeyFor(userId);
  if (key.registered) return key;
  return registerDevice(key);
}

/**
 * Registers this phone's key (again): the server makes it the worker's phone and retires whichever other phone was
 * registered — what the worker chooses on the pass screen of a phone that was retired.
 */
export async function registerDevice(key: DeviceKey): Promise<DeviceKey> {
  await api.json('/v1/auth/devices', zDevice, { method: 'POST', body: { publicKey: key.publicJwk } });
  const registered = { ...key, registered: true };
  await saveDeviceKey(registered);
  return registered;
}

export type DeviceStatus = 'current' | 'retired' | 'unregistered';

/**
 * Whether the server still has this phone as the worker's (`GET /v1/auth/devices/{jkt}`): another phone registered
 * since retires this one (409 DEVICE_RETIRED), and the gate refuses its codes. Throws when the server cannot say
 * (offline).
 */
export async function deviceStatus(key: DeviceKey): Promise<DeviceStatus> {
  const jkt = await jwkThumbprint(key.publicJwk);
  try {
    await api.json(`/v1/auth/devices/${jkt}`, zRegisteredDevice, { timeoutMs: 8_000 });
    return 'current';
  } catch (error) {
    if (error instanceof ApiError && error.code === 'DEVICE_RETIRED') return 'retired';
    if (error instanceof ApiError && error.code === 'DEVICE_NOT_REGISTERED') return 'unregistered';
    throw error;
  }
}
