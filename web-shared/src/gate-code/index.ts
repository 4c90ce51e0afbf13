/**
 * The phone's rotating gate code, both ways — the worker app makes it, the gate reads it — as qr-service's
 * RotatingCode defines it (docs/security.md, "A pass a screenshot cannot lend"): `GP1:` + base45 (RFC 9285) of
 * the pass id (a UUID, 16 bytes), the 10-second step (uint32, big-endian: epoch seconds / 10) and the phone's
 * ECDSA P-256 signature (R||S, 64 bytes, which is what WebCrypto produces and takes) over
 * `"gmp-code/1" 0x00 ‖ pass id ‖ step ‖ site id`. 130 characters, a version 6 QR code at error correction M.
 */
export const CODE_PREFIX = 'GP1:';
export const STEP_MS = 10_000;
/** A code is good in its own step and the one either side of the reader's time. */
export const STEP_TOLERANCE = 1;
const CODE_LENGTH = CODE_PREFIX.length + 126;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const CONTEXT = new TextEncoder().encode('gmp-code/1\0');
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface RotatingCode {
  passId: string;
  step: number;
  signature: Uint8Array<ArrayBuffer>;
}

export function stepAt(epochMs: number): number {
  return Math.floor(epochMs / STEP_MS);
}

/** Whether `step` is live at `epochMs` (the reader's corrected clock). */
export function isLive(step: number, epochMs: number): boolean {
  return Math.abs(step - stepAt(epochMs)) <= STEP_TOLERANCE;
}

export function looksLikeRotatingCode(text: string): boolean {
  return text.startsWith(CODE_PREFIX);
}

/** Base45 (RFC 9285): bytes as QR alphanumeric text, 3 characters per 2 bytes. */
export function toBase45(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = bytes[i]! * 256 + bytes[i + 1]!;
    text += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45) % 45]! + ALPHABET[Math.floor(n / 2025)]!;
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]!;
    text += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
  }
  return text;
}

/** Strict base45: null for a character outside the alphabet, a dangling character or a group out of range. */
export function fromBase45(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 3 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const digits = [...text.slice(i, i + 3)].map((ch) => ALPHABET.indexOf(ch));
    if (digits.some((d) => d < 0)) return null;
    const [a, b, c] = digits as [number, number, number | undefined];
    if (c === undefined) {
      const n = a + b * 45;
      if (n > 0xff) return null;
      out.push(n);
    } else {
      const n = a + b * 45 + c * 2025;
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    }
  }
  return new Uint8Array(out);
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function stepBytes(step: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, step);
  return bytes;
}

/** What the phone signs. */
export function codeMessage(passId: string, step: number, siteId: string): Uint8Array<ArrayBuffer> {
  return concat(CONTEXT, uuidBytes(passId), stepBytes(step), new TextEncoder().encode(siteId));
}

/** The code for `passId` in `step`, signed with the phone's private key. */
export async function makeRotatingCode(privateKey: CryptoKey, passId: string, step: number, siteId: string): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign(ECDSA, privateKey, codeMessage(passId, step, siteId)));
  return CODE_PREFIX + toBase45(concat(uuidBytes(passId), stepBytes(step), signature));
}

/** The scanned text as a rotating code, or null when it is not a well-formed one. Never throws. */
export function parseRotatingCode(text: string): RotatingCode | null {
  if (!looksLikeRotatingCode(text) || text.length !== CODE_LENGTH) return null;
  const bytes = fromBase45(text.slice(CODE_PREFIX.length));
  if (!bytes || bytes.length !== 84) return null;
  const h = [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const passId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { passId, step: new DataView(bytes.buffer).getUint32(16), signature: bytes.slice(20) };
}

/** Whether the phone key `jwk` (P-256 x, y) signed `code` for `siteId`. False for a key that does not import. */
export async function signedByDevice(code: RotatingCode, jwk: { x: string; y: string }, siteId: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(ECDSA, key, code.signature, codeMessage(code.passId, code.step, siteId));
  } catch {
    return false;
  }
}

/**
 * The RFC 7638 thumbprint of a P-256 public key (SHA-256 of `{"crv","kty","x","y"}` in that order, base64url): what
 * a pass's `cnf.jkt` and the roster's `jkt` name the phone by, as qr-service's VerificationKey computes it.
 */
export async function jwkThumbprint(jwk: { x: string; y: string }): Promise<string> {
  const canonical = `{"crv":"P-256","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
