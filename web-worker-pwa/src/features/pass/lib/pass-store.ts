import { zPass, type Pass } from '@gmp/web-shared/api';
import { singleStoreDb } from '@/lib/single-store-db';

/**
 * The one thing kept on the phone: the current pass, so it can be shown at the gate with no
 * signal. The token carries no names or health data; holder name is for the screen only.
 * No answers, photos or verdict reasons are stored.
 */
export interface StoredPass extends Pass {
  holderId: string;
  holderName: string;
  savedAt: string;
}

const DB_NAME = 'gmp-worker';
const STORE = 'pass';
const KEY = 'current';

const db = singleStoreDb(DB_NAME, STORE);

export function isExpired(pass: Pick<Pass, 'expiresAt'>, now = Date.now()): boolean {
  const at = Date.parse(pass.expiresAt);
  return !Number.isFinite(at) || at <= now;
}

export async function savePass(pass: StoredPass): Promise<void> {
  await (await db()).put(STORE, pass, KEY);
}

/** The stored pass of `holderId` if it is still valid; an expired or foreign one is removed. */
export async function loadPass(holderId: string, now = Date.now()): Promise<StoredPass | null> {
  const pass = (await (await db()).get(STORE, KEY)) as StoredPass | undefined;
  if (!pass) return null;
  // a pass an older version stored without the server's verdict or conditions is not shown
  if (pass.holderId !== holderId || isExpired(pass, now) || !zPass.safeParse(pass).success) {
    await clearPass();
    return null;
  }
  return pass;
}

export async function clearPass(): Promise<void> {
  await (await db()).delete(STORE, KEY);
}
