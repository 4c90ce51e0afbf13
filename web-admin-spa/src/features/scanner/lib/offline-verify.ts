import { z } from 'zod';
import { base64UrlToBytes, base64UrlToJson } from './base64url';
import type { RejectReason } from './reasons';

export const JwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  kid: z.string().min(1),
  x: z.string(),
  y: z.string(),
  alg: z.string().optional(),
  use: z.string().optional(),
});
export type Jwk = z.infer<typeof JwkSchema>;

const HeaderSchema = z.object({ alg: z.string(), typ: z.string(), kid: z.string() }).strict();

const epochSeconds = z.number().int().nonnegative();
// Every claim is required, as qr-service's PassTokenFormat reads them; unknown claims are ignored.
const ClaimsSchema = z.object({
  iss: z.string(),
  sub: z.string().min(1),
  jti: z.string().min(1),
  sid: z.string(),
  site: z.string().min(1),
  iat: epochSeconds,
  nbf: epochSeconds,
  exp: epochSeconds,
  v: z.enum(['PASS', 'CONDITIONAL_PASS']),
  cnd: z.array(z.string()),
  zones: z.array(z.string()),
});
export type PassClaims = z.infer<typeof ClaimsSchema>;

export type OfflineCheck = { ok: true; claims: PassClaims } | { ok: false; reason: RejectReason; claims?: PassClaims };

export type OfflineVerifyOptions = {
  keys: readonly Jwk[];
  siteId: string;
  nowMs: number;
  leewaySec?: number;
};

export const PASS_ALG = 'ES256';
export const PASS_TYP = 'gmp-pass+jwt';

const keyCache = new Map<string, Promise<CryptoKey>>();

/** The pass key as a WebCrypto verify key, imported once per kid (passes and the signed roster). */
export function importKey(jwk: Jwk): Promise<CryptoKey> {
  const cacheKey = `${jwk.kid}|${jwk.x}|${jwk.y}`;
  let key = keyCache.get(cacheKey);
  if (!key) {
    key = crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    key.catch(() => keyCache.delete(cacheKey));
    keyCache.set(cacheKey, key);
  }
  return key;
}

/** Longer than this is not one of our passes (the server's limit too). */
const MAX_TOKEN_LENGTH = 4096;

/**
 * The gate check qr-service runs (PassTokenVerifier), in its order, minus what needs the server
 * (issuer, revocation, anti-passback): parse → alg/typ/kid pinned → signature → exp/nbf with leeway →
 * site. Anything that does not verify is refused; a pass that does is only provisionally accepted.
 */
export async function verifyPassOffline(token: string, options: OfflineVerifyOptions): Promise<OfflineCheck> {
  const leeway = options.leewaySec ?? 30;
  const malformed: OfflineCheck = { ok: false, reason: 'MALFORMED' };
  const badSignature: OfflineCheck = { ok: false, reason: 'INVALID_SIGNATURE' };
  const parts = token.trim().split('.');
  if (token.length > MAX_TOKEN_LENGTH || parts.length !== 3) return malformed;
  const [h, p, s] = parts as [string, string, string];

  let rawHeader: unknown;
  let rawClaims: unknown;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    rawHeader = base64UrlToJson(h);
    rawClaims = base64UrlToJson(p);
    signature = base64UrlToBytes(s);
  } catch {
    return malformed;
  }
  if (!isObject(rawHeader) || !isObject(rawClaims)) return malformed;
  const claims = ClaimsSchema.safeParse(rawClaims);
  if (!claims.success) return malformed;

  // Pinned whole, never taken from the token: "alg":"none", HS256 or an extra jku/jwk gets nowhere.
  const header = HeaderSchema.safeParse(rawHeader);
  if (!header.success || header.data.alg !== PASS_ALG || header.data.typ !== PASS_TYP) return badSignature;
  const jwk = options.keys.find((k) => k.kid === header.data.kid);
  if (!jwk || (jwk.alg && jwk.alg !== PASS_ALG) || (jwk.use && jwk.use !== 'sig')) return badSignature;
  // JWS ES256 signatures are raw R||S, which is also what WebCrypto ECDSA expects.
  if (signature.length !== 64) return badSignature;

  let valid: boolean;
  try {
    valid = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      await importKey(jwk),
      signature,
      new TextEncoder().encode(`${h}.${p}`),
    );
  } catch {
    valid = false;
  }
  if (!valid) return badSignature;

  const now = options.nowMs / 1000;
  const c = claims.data;
  if (now >= c.exp + leeway) return { ok: false, reason: 'EXPIRED', claims: c };
  if (now < c.nbf - leeway) return { ok: false, reason: 'NOT_YET_VALID', claims: c };
  if (c.site !== options.siteId) return { ok: false, reason: 'WRONG_SITE', claims: c };
  return { ok: true, claims: c };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
