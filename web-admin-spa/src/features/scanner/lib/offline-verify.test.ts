import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSigner, NOW_MS, passClaims, passHeader, type TestSigner } from '@/testing/pass-tokens';
import { bytesToBase64Url } from './base64url';
import { verifyPassOffline } from './offline-verify';

let signer: TestSigner;
let other: TestSigner;
const opts = () => ({ keys: [signer.jwk], siteId: 'demo-site', nowMs: NOW_MS });

beforeAll(async () => {
  signer = await createTestSigner('kid-2026-11');
  other = await createTestSigner('kid-attacker');
});

describe('verifyPassOffline', () => {
  it('accepts a pass signed with a known key, for this site, within its validity', async () => {
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const check = await verifyPassOffline(token, opts());
    expect(check).toMatchObject({ ok: true, claims: { sub: 'w-101', jti: 'pass-555', cnd: ['GLOVES_OVER_COVERED_WOUND'] } });
  });

  it('rejects a token whose payload was changed after signing', async () => {
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const [h, , s] = token.split('.');
    const forged = bytesToBase64Url(new TextEncoder().encode(JSON.stringify(passClaims({ sub: 'w-999', v: 'PASS', cnd: [] }))));
    expect(await verifyPassOffline(`${h}.${forged}.${s}`, opts())).toEqual({ ok: false, reason: 'INVALID_SIGNATURE' });
  });

  it('rejects a pass signed by a key that claims a known kid but is not ours', async () => {
    const token = await other.sign(passHeader(signer.kid), passClaims());
    expect(await verifyPassOffline(token, opts())).toEqual({ ok: false, reason: 'INVALID_SIGNATURE' });
  });

  it('rejects a pass with an unknown kid', async () => {
    const token = await other.sign(passHeader(other.kid), passClaims());
    expect(await verifyPassOffline(token, opts())).toEqual({ ok: false, reason: 'INVALID_SIGNATURE' });
  });

  it('rejects alg none and an unsigned token', async () => {
    const enc = (o: object) => bytesToBase64Url(new TextEncoder().encode(JSON.stringify(o)));
    const unsigned = `${enc({ alg: 'none', typ: 'gmp-pass+jwt', kid: signer.kid })}.${enc(passClaims())}.`;
    expect(await verifyPassOffline(unsigned, opts())).toEqual({ ok: false, reason: 'INVALID_SIGNATURE' });
    const noneWithSig = `${enc({ alg: 'none', typ: 'gmp-pass+jwt', kid: signer.kid })}.${enc(passClaims())}.AAAA`;
    expect(await verifyPassOffline(noneWithSig, opts())).toEqual({ ok: false, reason: 'INVALID_SIGNATURE' });
  });

  it('rejects a different alg or typ even when the signature is valid', async () => {
    const hs = await signer.sign(passHeader(signer.kid, { alg: 'HS256' }), passClaims());
    expect(await verifyPassOffline(hs, opts())).toMatchObject({ ok: false, reason: 'INVALID_SIGNATURE' });
    const loginJwt = await signer.sign(passHeader(signer.kid, { typ: 'JWT' }), passClaims());
    expect(await verifyPassOffline(loginJwt, opts())).toMatchObject({ ok: false, reason: 'INVALID_SIGNATURE' });
  });

  it('rejects a header with anything beyond alg, typ and kid (a jwk or jku to trust by mistake)', async () => {
    const token = await signer.sign(passHeader(signer.kid, { jwk: other.jwk }), passClaims());
    expect(await verifyPassOffline(token, opts())).toMatchObject({ ok: false, reason: 'INVALID_SIGNATURE' });
  });

  it('rejects an expired pass, allowing 30 s of clock skew', async () => {
    const exp = Math.floor(NOW_MS / 1000) - 31;
    const token = await signer.sign(passHeader(signer.kid), passClaims({ exp }));
    expect(await verifyPassOffline(token, opts())).toMatchObject({ ok: false, reason: 'EXPIRED' });
    const justExpired = await signer.sign(passHeader(signer.kid), passClaims({ exp: exp + 2 }));
    expect(await verifyPassOffline(justExpired, opts())).toMatchObject({ ok: true });
  });

  it('rejects a pass that is not valid yet', async () => {
    const nbf = Math.floor(NOW_MS / 1000) + 120;
    const token = await signer.sign(passHeader(signer.kid), passClaims({ nbf }));
    expect(await verifyPassOffline(token, opts())).toMatchObject({ ok: false, reason: 'NOT_YET_VALID' });
  });

  it('rejects a pass issued for another site', async () => {
    const token = await signer.sign(passHeader(signer.kid), passClaims({ site: 'other-plant' }));
    expect(await verifyPassOffline(token, opts())).toMatchObject({ ok: false, reason: 'WRONG_SITE', claims: { sub: 'w-101' } });
  });

  it('calls garbage, a URL and a truncated token MALFORMED', async () => {
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    for (const junk of ['hello', 'https://example.com/x', token.split('.').slice(0, 2).join('.'), 'a.b.c', '']) {
      expect(await verifyPassOffline(junk, opts())).toMatchObject({ ok: false, reason: 'MALFORMED' });
    }
  });

  it('rejects a signed pass without the claims a gate needs', async () => {
    const { exp: _exp, ...noExp } = passClaims();
    const token = await signer.sign(passHeader(signer.kid), noExp);
    expect(await verifyPassOffline(token, opts())).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });

  it('calls a signed pass with fractional times or an unknown verdict MALFORMED, as the server does', async () => {
    const fractional = await signer.sign(passHeader(signer.kid), passClaims({ exp: Math.floor(NOW_MS / 1000) + 3600.5 }));
    expect(await verifyPassOffline(fractional, opts())).toMatchObject({ ok: false, reason: 'MALFORMED' });
    const failVerdict = await signer.sign(passHeader(signer.kid), passClaims({ v: 'FAIL' }));
    expect(await verifyPassOffline(failVerdict, opts())).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });

  it('refuses a second spelling of the same token (padding, non-canonical base64url)', async () => {
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const [h, p, s] = token.split('.') as [string, string, string];
    expect(await verifyPassOffline(`${h}.${p}.${s}==`, opts())).toMatchObject({ ok: false, reason: 'MALFORMED' });
    const last = s.at(-1)!;
    const sibling = last === 'A' ? 'B' : 'A'; // differs only in the bits past the 64th byte
    expect(await verifyPassOffline(`${h}.${p}.${s.slice(0, -1)}${sibling}`, opts())).toMatchObject({ ok: false });
  });

  it('picks the right key out of a rotated set', async () => {
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const rotated = { ...opts(), keys: [{ ...other.jwk, kid: 'kid-next' }, signer.jwk] };
    expect(await verifyPassOffline(token, rotated)).toMatchObject({ ok: true });
  });
});
