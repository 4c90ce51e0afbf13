import { z } from 'zod';
import { zGateRosterPayload, type GateRosterEntry, type GateRosterPayload } from '@gmp/web-shared/api';
import { isLive, jwkThumbprint, parseRotatingCode, signedByDevice } from '@gmp/web-shared/gate-code';
import { base64UrlToBytes, base64UrlToJson } from './base64url';
import { importKey, type Jwk } from './offline-verify';
import type { RejectReason } from './reasons';

/**
 * Today's signed roster of the gate's site (`GET /v1/qr/roster`, qr-service SignedRoster): a compact JWS, ES256,
 * `typ: gmp-roster+jwt`, signed with the pass key. The gate keeps the token itself and verifies it with the cached
 * pass JWKS every time it reads it, so a roster edited in IndexedDB (or in transit) is refused.
 */
export const ROSTER_TYP = 'gmp-roster+jwt';
/** The server's bound too: a plant of a few thousand workers. */
const MAX_ROSTER_LENGTH = 2_000_000;
/** A pass's expiry is read with the same leeway the server allows (PassTokenVerifier.DEFAULT_LEEWAY). */
const EXPIRY_LEEWAY_SEC = 30;

export type Roster = GateRosterPayload;
export type RosterEntry = GateRosterEntry;

const HeaderSchema = z.object({ alg: z.literal('ES256'), typ: z.literal(ROSTER_TYP), kid: z.string() }).strict();

/** The roster if the pass key signed it, for this site, and it has not run out (the end of the site day). */
export async function verifyRoster(token: string, keys: readonly Jwk[], siteId: string, nowMs: number): Promise<Roster | null> {
  const parts = token.split('.');
  if (token.length > MAX_ROSTER_LENGTH || parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  try {
    const header = HeaderSchema.safeParse(base64UrlToJson(h));
    if (!header.success) return null;
    const jwk = keys.find((k) => k.kid === header.data.kid);
    if (!jwk) return null;
    const signature = base64UrlToBytes(s);
    if (signature.length !== 64) return null;
    const signed = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      await importKey(jwk),
      signature,
      new TextEncoder().encode(`${h}.${p}`),
    );
    if (!signed) return null;
    const roster = zGateRosterPayload.safeParse(base64UrlToJson(p));
    if (!roster.success || roster.data.site !== siteId || nowMs / 1000 >= roster.data.exp) return null;
    return roster.data;
  } catch {
    return null;
  }
}

export type RotatingCheck =
  | { ok: true; entry: RosterEntry }
  | { ok: false; reason: RejectReason; entry?: RosterEntry };

/**
 * A rotating code checked from the roster alone, in the server's order (GateCheck): the pass it names (revoked
 * today; not on the roster: never valid here), its expiry, the phone's signature with the roster's key of the
 * worker's phone, that key being the one the pass is bound to (`jkt`: a phone registered after the pass was issued
 * does not pick it up), then the step against the gate's corrected clock. Anti-passback, and a revocation after the
 * roster was fetched, wait for the sync.
 */
export async function verifyRotatingOffline(text: string, roster: Roster, nowMs: number): Promise<RotatingCheck> {
  const code = parseRotatingCode(text.trim());
  if (!code) return { ok: false, reason: 'MALFORMED' };
  if (roster.revoked.includes(code.passId)) return { ok: false, reason: 'REVOKED' };
  const entry = roster.passes.find((e) => e.ref === code.passId);
  if (!entry) return { ok: false, reason: 'INVALID_SIGNATURE' };
  if (nowMs / 1000 >= entry.exp + EXPIRY_LEEWAY_SEC) return { ok: false, reason: 'EXPIRED', entry };
  if (!entry.jwk || !(await signedByDevice(code, entry.jwk, roster.site))) return { ok: false, reason: 'WRONG_DEVICE', entry };
  if (entry.jkt === undefined || entry.jkt !== (await jwkThumbprint(entry.jwk))) return { ok: false, reason: 'PASS_OTHER_DEVICE', entry };
  if (!isLive(code.step, nowMs)) return { ok: false, reason: 'CODE_EXPIRED', entry };
  return { ok: true, entry };
}
