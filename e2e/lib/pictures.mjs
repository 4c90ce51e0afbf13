// Pictures the tests hold up to cameras and file pickers, made here (no fixtures to keep in step).
import { generateKeyPairSync } from 'node:crypto';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/** A hand with a small cut, as a phone's camera might take it: skin tones and a dark red line. */
export function woundPhotoPng(width = 960, height = 720) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const cut = Math.abs(y - height / 2 - (x - width / 2) * 0.3) < 4 && Math.abs(x - width / 2) < 120;
      const shade = Math.round(20 * Math.sin(x / 37) * Math.cos(y / 23)); // not one flat colour
      png.data.set(cut ? [150, 20, 30, 255] : [224 + shade / 2, 172 + shade, 140 + shade, 255], i);
    }
  }
  return PNG.sync.write(png);
}

/** The QR code of `token` as the worker's phone draws it (dark on white, a quiet zone). */
export function qrPng(token) {
  return QRCode.toBuffer(token, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}

/** A JWKS of a P-256 key nobody signs passes with, under `kid`: another environment's keys, say. */
export function foreignJwks(kid) {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] };
}
