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

const HeaderSchema = z.object({ alg: z.string(), typ: z.string().optional(), kid: z.string().optional() });

const ClaimsSchema = z.object({
  iss: z.string().optional(),
  sub: z.string().min(1),
  jti: z.string().min(1),
  sid: z.string().optional(),
  site: z.string().min(1),
  iat: z.number().optional(),
  nbf: z.number().optional(),
  exp: z.number(),
  v: z.string().optional(),
  cnd: z.array(z.string()).default([]),
  zones: z.array(z.string()).optional(),
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

function importKey(jwk: Jwk): Promise<CryptoKey> {
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

/**
 * The gate check the server runs, minus what needs the server (revocation, anti-passback):
 * parse → alg/typ/kid pinned → signature → nbf/exp with leeway → site.
 * Anything that does not verify is refused; a pass that does is only provisionally accepted.
 */
export async function verifyPassOffline(token: string, options: OfflineVerifyOptions): Promise<OfflineCheck> {
  const leeway = options.leewaySec ?? 30;
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) return { ok: false, reason: 'MALFORMED' };
  const [h, p, s] = parts as [string, string, string];

  let header: z.infer<typeof HeaderSchema>;
  let rawClaims: unknown;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    header = HeaderSchema.parse(base64UrlToJson(h));
    rawClaims = base64UrlToJson(p);
    signature = base64UrlToBytes(s);
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }

  // Pinned, never taken from the token: "alg":"none" or an HMAC alg gets nowhere.
  if (header.alg !== PASS_ALG || header.typ !== PASS_TYP || !header.kid) return { ok: false, reason: 'INVALID_SIGNATURE' };
  const jwk = options.keys.find((k) => k.kid === header.kid);
  if (!jwk || (jwk.alg && jwk.alg !== PASS_ALG) || (jwk.use && jwk.use !== 'sig')) {
    return { ok: false, reason: 'INVALID_SIGNATURE' };
  }
  // JWS ES256 signatures are raw R||S, which is also what WebCrypto ECDSA expects.
  if (signature.length !== 64) return { ok: false, reason: 'INVALID_SIGNATURE' };

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
  if (!valid) return { ok: false, reason: 'INVALID_SIGNATURE' };

  const claims = ClaimsSchema.safeParse(rawClaims);
  if (!claims.success) return { ok: false, reason: 'MALFORMED' };
  const now = options.nowMs / 1000;
  if (claims.data.nbf !== undefined && claims.data.nbf > now + leeway) {
    return { ok: false, reason: 'NOT_YET_VALID', claims: claims.data };
  }
  if (claims.data.exp < now - leeway) return { ok: false, reason: 'EXPIRED', claims: claims.data };
  if (claims.data.site !== options.siteId) return { ok: false, reason: 'WRONG_SITE', claims: claims.data };
  return { ok: true, claims: claims.data };
}
