import { singleStoreDb } from '@/lib/single-store-db';

/**
 * The phone's own key pair for rotating codes. Made with WebCrypto as not extractable, so the private key cannot be
 * read out (not even by this app's script: it can only ask the browser to sign); the `CryptoKey` itself is kept in
 * IndexedDB, which stores it as the browser's handle. One key per worker on this phone; a new phone makes a new
 * one, and registering it retires the old phone's.
 */
export interface DeviceKey {
  userId: string;
  privateKey: CryptoKey;
  publicJwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  /** The server confirmed this key as the worker's phone. */
  registered: boolean;
}

const DB_NAME = 'gmp-device';
const STORE = 'keys';

const db = singleStoreDb(DB_NAME, STORE);

export async function loadDeviceKey(userId: string): Promise<DeviceKey | null> {
  return ((await (await db()).get(STORE, userId)) as DeviceKey | undefined) ?? null;
}

export async function saveDeviceKey(key: DeviceKey): Promise<void> {
  await (await db()).put(STORE, key, key.userId);
}

/** The worker's key on this phone, made now if there is none. */
export async function deviceKeyFor(userId: string): Promise<DeviceKey> {
  const stored = await loadDeviceKey(userId);
  if (stored) return stored;
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const key: DeviceKey = {
    userId,
    privateKey: pair.privateKey,
    publicJwk: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! },
    registered: false,
  };
  await saveDeviceKey(key);
  return key;
}
