import { describe, expect, it } from 'vitest';
import { noteServerDate, serverNow } from '@gmp/web-shared/clock';
import { jwkThumbprint, makeRotatingCode, stepAt } from '@gmp/web-shared/gate-code';
import { bytesToBase64Url } from './base64url';
import type { Jwk } from './offline-verify';
import { verifyRoster, verifyRotatingOffline, type Roster } from './roster';

const SITE = 'demo-site';
const PASS_ID = '0b6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d';
const NOW = Date.parse('2026-12-02T01:00:05Z');
const sha256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

async function keyPair() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { ...pair, x: jwk.x!, y: jwk.y! };
}

/** The code the worker's phone shows at `atMs` (the PWA's RotatingQr). */
function phoneCode(privateKey: CryptoKey, atMs: number, siteId = SITE): Promise<string> {
  return makeRotatingCode(privateKey, PASS_ID, stepAt(atMs), siteId);
}

const enc = (v: unknown) => bytesToBase64Url(new TextEncoder().encode(JSON.stringify(v)));

async function signedRoster(passKey: CryptoKey, payload: Roster, header: unknown = { alg: 'ES256', typ: 'gmp-roster+jwt', kid: 'pass-1' }) {
  const input = `${enc(header)}.${enc(payload)}`;
  const signature = new Uint8Array(await crypto.subtle.sign(sha256, passKey, new TextEncoder().encode(input)));
  return `${input}.${bytesToBase64Url(signature)}`;
}

async function fixture() {
  const passKey = await keyPair();
  const phone = await keyPair();
  const keys: Jwk[] = [{ kty: 'EC', crv: 'P-256', kid: 'pass-1', x: passKey.x, y: passKey.y }];
  const roster: Roster = {
    iss: 'urn:gmp-hygiene-gate:pass',
    site: SITE,
    day: '2026-12-02',
    iat: NOW / 1000 - 65,
    exp: NOW / 1000 + 3595,
    static: false,
    passes: [
      {
        ref: PASS_ID,
        sub: 'w-kim',
        name: '김민수',
        dept: '생산1팀',
        v: 'PASS',
        cnd: [],
        exp: NOW / 1000 + 3595,
        jwk: { kty: 'EC', crv: 'P-256', x: phone.x, y: phone.y },
        jkt: await jwkThumbprint(phone),
      },
    ],
    revoked: [],
  };
  return { passKey, phone, keys, roster, token: await signedRoster(passKey.privateKey, roster) };
}

describe('the offline roster', () => {
  it('is read when the pass key signed it; an edited, another site\'s or a run-out one is refused', async () => {
    const f = await fixture();
    expect((await verifyRoster(f.token, f.keys, SITE, NOW))?.passes[0]?.name).toBe('김민수');

    const [h, , s] = f.token.split('.');
    const edited = { ...f.roster, passes: [{ ...f.roster.passes[0]!, name: '박지성' }] };
    expect(await verifyRoster(`${h}.${enc(edited)}.${s}`, f.keys, SITE, NOW)).toBeNull();
    // a friend's phone key put in place of the worker's: the roster no longer verifies
    const other = await keyPair();
    const rekeyed = { ...f.roster, passes: [{ ...f.roster.passes[0]!, jwk: { kty: 'EC', crv: 'P-256', x: other.x, y: other.y } }] };
    expect(await verifyRoster(`${h}.${enc(rekeyed)}.${s}`, f.keys, SITE, NOW)).toBeNull();
    expect(await verifyRoster(f.token, f.keys, 'other-site', NOW)).toBeNull();
    expect(await verifyRoster(f.token, f.keys, SITE, NOW + 2 * 3600_000)).toBeNull();
  });

  it('is refused signed by another key, or under a pass token\'s header', async () => {
    const f = await fixture();
    const stranger = await keyPair();
    expect(await verifyRoster(await signedRoster(stranger.privateKey, f.roster), f.keys, SITE, NOW)).toBeNull();
    const asPass = await signedRoster(f.passKey.privateKey, f.roster, { alg: 'ES256', typ: 'gmp-pass+jwt', kid: 'pass-1' });
    expect(await verifyRoster(asPass, f.keys, SITE, NOW)).toBeNull();
  });

  it('accepts the live code of the bound phone, and the same picture shown 30 s later is refused', async () => {
    const f = await fixture();
    const code = await phoneCode(f.phone.privateKey, NOW);

    const now = await verifyRotatingOffline(code, f.roster, NOW);
    expect(now.ok && now.entry.name).toBe('김민수');
    expect(await verifyRotatingOffline(code, f.roster, NOW + 30_000)).toMatchObject({ ok: false, reason: 'CODE_EXPIRED' });
  });

  it('accepts with the gate clock 30 s off once corrected by the server\'s Date header, not uncorrected', async () => {
    const f = await fixture();
    const code = await phoneCode(f.phone.privateKey, NOW);
    const gateClock = NOW - 30_000;
    noteServerDate(new Date(NOW).toUTCString(), gateClock);

    expect((await verifyRotatingOffline(code, f.roster, serverNow(gateClock))).ok).toBe(true);
    expect((await verifyRotatingOffline(code, f.roster, gateClock)).ok).toBe(false);
    noteServerDate(new Date().toUTCString());
  });

  it('refuses another phone\'s code, a retired phone\'s, a code for another site and a revoked pass', async () => {
    const f = await fixture();
    const other = await keyPair();
    expect(await verifyRotatingOffline(await phoneCode(other.privateKey, NOW), f.roster, NOW)).toMatchObject({
      ok: false,
      reason: 'WRONG_DEVICE',
    });
    // the worker registered a new phone: the roster lists its key, the old phone's codes stop
    const renewed = { ...f.roster, passes: [{ ...f.roster.passes[0]!, jwk: { kty: 'EC' as const, crv: 'P-256' as const, x: other.x, y: other.y } }] };
    expect(await verifyRotatingOffline(await phoneCode(f.phone.privateKey, NOW), renewed, NOW)).toMatchObject({
      ok: false,
      reason: 'WRONG_DEVICE',
    });
    expect(await verifyRotatingOffline(await phoneCode(f.phone.privateKey, NOW, 'other-site'), f.roster, NOW)).toMatchObject({
      ok: false,
      reason: 'WRONG_DEVICE',
    });
    const noPhone = { ...f.roster, passes: [{ ...f.roster.passes[0]!, jwk: undefined, jkt: undefined }] };
    expect(await verifyRotatingOffline(await phoneCode(f.phone.privateKey, NOW), noPhone, NOW)).toMatchObject({
      ok: false,
      reason: 'WRONG_DEVICE',
    });
    expect(
      await verifyRotatingOffline(await phoneCode(f.phone.privateKey, NOW), { ...f.roster, passes: [], revoked: [PASS_ID] }, NOW),
    ).toMatchObject({ ok: false, reason: 'REVOKED' });
    expect(await verifyRotatingOffline('GP1:XYZ', f.roster, NOW)).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });

  it('refuses the new phone\'s code for a pass bound to the phone before it, PASS_OTHER_DEVICE as online', async () => {
    const f = await fixture();
    const newPhone = await keyPair();
    // the worker registered another phone: the roster lists its key, the pass stays bound to the first phone
    const moved = {
      ...f.roster,
      passes: [{ ...f.roster.passes[0]!, jwk: { kty: 'EC' as const, crv: 'P-256' as const, x: newPhone.x, y: newPhone.y } }],
    };
    const code = await phoneCode(newPhone.privateKey, NOW);
    expect(await verifyRotatingOffline(code, moved, NOW)).toMatchObject({ ok: false, reason: 'PASS_OTHER_DEVICE', entry: { name: '김민수' } });
    // a pass whose phone is no longer registered (issued before any phone, the first one since retired): no code is good
    const orphan = { ...moved, passes: [{ ...moved.passes[0]!, jkt: undefined }] };
    expect(await verifyRotatingOffline(code, orphan, NOW)).toMatchObject({ ok: false, reason: 'PASS_OTHER_DEVICE' });
    // a pass issued after the new phone was registered is bound to it
    const rebound = { ...moved, passes: [{ ...moved.passes[0]!, jkt: await jwkThumbprint(newPhone) }] };
    expect((await verifyRotatingOffline(code, rebound, NOW)).ok).toBe(true);
  });

  it('keeps the binding under the roster\'s signature: a jkt moved to another phone is an edited roster', async () => {
    const f = await fixture();
    const other = await keyPair();
    const [h, , s] = f.token.split('.');
    const rebound = { ...f.roster, passes: [{ ...f.roster.passes[0]!, jkt: await jwkThumbprint(other) }] };
    expect(await verifyRoster(`${h}.${enc(rebound)}.${s}`, f.keys, SITE, NOW)).toBeNull();
    expect((await verifyRoster(f.token, f.keys, SITE, NOW))?.passes[0]?.jkt).toBe(await jwkThumbprint(f.phone));
  });
});
