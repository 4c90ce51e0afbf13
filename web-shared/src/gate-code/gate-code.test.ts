import { describe, expect, it } from 'vitest';
import {
  codeMessage,
  fromBase45,
  isLive,
  jwkThumbprint,
  makeRotatingCode,
  parseRotatingCode,
  signedByDevice,
  stepAt,
  toBase45,
} from './index';

const PASS_ID = '0b6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d';

async function phone() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, jwk: { x: jwk.x!, y: jwk.y! } };
}

describe('base45 (RFC 9285)', () => {
  it('encodes and decodes the RFC examples', () => {
    const enc = (s: string) => toBase45(new TextEncoder().encode(s));
    expect(enc('AB')).toBe('BB8');
    expect(enc('Hello!!')).toBe('%69 VD92EX0');
    expect(enc('base-45')).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(fromBase45('QED8WEX0')!)).toBe('ietf!');
  });

  it('refuses what is not base45', () => {
    expect(fromBase45('GGW')).toBeNull(); // 65535 + 1
    expect(fromBase45('a')).toBeNull();
    expect(fromBase45('BB8B')).toBeNull();
    expect(fromBase45('bb8')).toBeNull();
  });
});

describe('rotating code', () => {
  it('is 130 QR-alphanumeric characters that read back to pass, step and a signature the phone key checks', async () => {
    const { privateKey, jwk } = await phone();
    const step = 178_000_123;
    const text = await makeRotatingCode(privateKey, PASS_ID, step, 'demo-site');

    expect(text).toMatch(/^GP1:[0-9A-Z $%*+\-./:]{126}$/);
    const code = parseRotatingCode(text)!;
    expect(code.passId).toBe(PASS_ID);
    expect(code.step).toBe(step);
    expect(Array.from(codeMessage(PASS_ID, step, 'demo-site').slice(27, 31))).toEqual([0x0a, 0x9c, 0x10, 0xfb]);
    await expect(signedByDevice(code, jwk, 'demo-site')).resolves.toBe(true);
  });

  it('does not check out with another phone, another site, another step or another pass', async () => {
    const mine = await phone();
    const other = await phone();
    const code = parseRotatingCode(await makeRotatingCode(mine.privateKey, PASS_ID, 1000, 'demo-site'))!;

    await expect(signedByDevice(code, other.jwk, 'demo-site')).resolves.toBe(false);
    await expect(signedByDevice(code, mine.jwk, 'other-site')).resolves.toBe(false);
    await expect(signedByDevice({ ...code, step: 1001 }, mine.jwk, 'demo-site')).resolves.toBe(false);
    await expect(
      signedByDevice({ ...code, passId: '0b6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5e' }, mine.jwk, 'demo-site'),
    ).resolves.toBe(false);
    await expect(signedByDevice(code, { x: 'not-a-key', y: 'not-a-key' }, 'demo-site')).resolves.toBe(false);
  });

  it('parses nothing that is not exactly a code', async () => {
    const { privateKey } = await phone();
    const text = await makeRotatingCode(privateKey, PASS_ID, 1000, 'demo-site');
    expect(parseRotatingCode(text.slice(0, -1))).toBeNull();
    expect(parseRotatingCode(`${text}0`)).toBeNull();
    expect(parseRotatingCode(`GP2:${text.slice(4)}`)).toBeNull();
    expect(parseRotatingCode(text.slice(0, -3) + 'aaa')).toBeNull();
    expect(parseRotatingCode('eyJhbGciOiJFUzI1NiJ9.e30.sig')).toBeNull();
  });

  it('is live in its own step and one either side, not two', () => {
    const at = Date.parse('2026-12-02T01:00:05.000Z');
    const step = stepAt(at);
    expect(isLive(step, at)).toBe(true);
    expect(isLive(step, at + 10_000)).toBe(true);
    expect(isLive(step, at - 10_000)).toBe(true);
    expect(isLive(step, at + 20_000)).toBe(false);
    expect(isLive(step, at + 30_000)).toBe(false);
    expect(isLive(step, at - 20_000)).toBe(false);
  });
});

describe('jwkThumbprint (RFC 7638)', () => {
  it('is the SHA-256 of the canonical members, as the server computes it (RFC 7517 A.1\'s P-256 key)', async () => {
    // the same vector is in shared-lib/crypto's Es256Test
    expect(
      await jwkThumbprint({ x: 'MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4', y: '4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM' }),
    ).toBe('cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s');
  });
});
