import assert from 'node:assert/strict';
import { test } from 'node:test';
import QRCode from 'qrcode';
import { readQrFromLuma } from './qr-read.mjs';
import { blankY4m, readY4mLuma, y4mFromPng } from './y4m.mjs';

// A pass token is a compact JWS of about 500 characters: a version 15-ish QR code.
const token = `eyJhbGciOiJFUzI1NiIsInR5cCI6ImdtcC1wYXNzK2p3dCIsImtpZCI6InRlc3QifQ.${'x'.repeat(380)}.${'s'.repeat(86)}`;

test('y4mFromPng_writesAHeaderAndWholeFrames', async () => {
  const y4m = y4mFromPng(await QRCode.toBuffer(token, { margin: 4 }), { width: 640, height: 480, frames: 3 });
  const header = 'YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n';
  assert.equal(y4m.subarray(0, header.length).toString('ascii'), header);
  const frameBytes = 'FRAME\n'.length + 640 * 480 * 1.5;
  assert.equal(y4m.length, header.length + 3 * frameBytes);
  assert.equal(y4m.subarray(header.length + frameBytes, header.length + frameBytes + 6).toString('ascii'), 'FRAME\n');
});

test('y4mFromPng_keepsTheQrReadable_whenScaledIntoTheFrame', async () => {
  const png = await QRCode.toBuffer(token, { margin: 4, scale: 9 }); // a phone screen's worth of pixels
  assert.equal(readQrFromLuma(readY4mLuma(y4mFromPng(png))), token);
});

test('y4mFromPng_keepsTheQrReadable_whenThePngIsTransparentAroundIt', async () => {
  const png = await QRCode.toBuffer(token, { margin: 4, color: { light: '#0000' } });
  assert.equal(readQrFromLuma(readY4mLuma(y4mFromPng(png, { width: 1280, height: 720 }))), token);
});

test('blankY4m_showsNothingToDecode', () => {
  const frame = readY4mLuma(blankY4m());
  assert.ok(frame.luma.every((y) => y === 255));
  assert.equal(readQrFromLuma(frame), null);
});

test('y4mFromPng_refusesOddDimensions', async () => {
  const png = await QRCode.toBuffer('x');
  assert.throws(() => y4mFromPng(png, { width: 641, height: 480 }), /even dimensions/);
});
