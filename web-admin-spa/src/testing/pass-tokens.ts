import { bytesToBase64Url } from '@/features/scanner/lib/base64url';
import type { Jwk } from '@/features/scanner/lib/offline-verify';

/** A real P-256 signer, as qr-service signs passes, so offline checks are tested against real crypto. */
export type TestSigner = { kid: string; jwk: Jwk; sign(header: object, claims: object): Promise<string> };

export async function createTestSigner(kid = 'pass-key-1'): Promise<TestSigner> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const jwk: Jwk = { kty: 'EC', crv: 'P-256', kid, use: 'sig', alg: 'ES256', x: exported.x!, y: exported.y! };
  const enc = (o: object) => bytesToBase64Url(new TextEncoder().encode(JSON.stringify(o)));
  return {
    kid,
    jwk,
    async sign(header, claims) {
      const input = `${enc(header)}.${enc(claims)}`;
      const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(input));
      return `${input}.${bytesToBase64Url(new Uint8Array(sig))}`;
    },
  };
}

export const NOW_MS = Date.UTC(2026, 10, 2, 6, 0, 0);

export function passClaims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(NOW_MS / 1000);
  return {
    iss: 'gmp-gate',
    sub: 'w-101',
    jti: 'pass-555',
    sid: 'sub-9',
    site: 'demo-site',
    iat: now - 60,
    nbf: now - 60,
    exp: now + 12 * 3600,
    v: 'CONDITIONAL_PASS',
    cnd: ['GLOVES_OVER_COVERED_WOUND'],
    zones: ['PACKING'],
    ...overrides,
  };
}

export function passHeader(kid: string, overrides: Record<string, unknown> = {}) {
  return { alg: 'ES256', typ: 'gmp-pass+jwt', kid, ...overrides };
}
