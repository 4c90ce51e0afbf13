import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { noteServerDate, serverNow } from '@gmp/web-shared/clock';
import { makeRotatingCode, stepAt } from '@gmp/web-shared/gate-code';

const PASS_ID = '0b6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d';

describe('the pass screen\'s rotating code', () => {
  it('is a version 6 QR code at error correction M (target ≤ 8), alphanumeric only, as the pass screen draws it', async () => {
    const { privateKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const code = await makeRotatingCode(privateKey, PASS_ID, stepAt(Date.now()), 'demo-site');

    const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBe(6);
    expect(qr.version).toBeLessThanOrEqual(8);
    expect(qr.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
  });

  it('follows the server clock: a phone 5 minutes slow makes the code of the server\'s step', () => {
    const server = Date.parse('2026-12-02T01:00:07.000Z');
    const phone = server - 5 * 60_000;
    noteServerDate(new Date(server).toUTCString(), phone);

    expect(stepAt(serverNow(phone))).toBe(stepAt(server));
    expect(stepAt(serverNow(phone + 20_000))).toBe(stepAt(server + 20_000));
    expect(stepAt(phone)).not.toBe(stepAt(server));
    noteServerDate(new Date().toUTCString());
  });
});
