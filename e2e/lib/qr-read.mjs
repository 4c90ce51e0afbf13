// Reads a QR code back out of pixels, the way the gate's jsQR fallback does.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** @returns the text of the QR code in the PNG, or null */
export function readQrFromPng(png) {
  const { width, height, data } = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height)?.data ?? null;
}

/** @returns the text of the QR code in a grey (luma) picture, or null */
export function readQrFromLuma({ width, height, luma }) {
  const rgba = new Uint8ClampedArray(width * height * 4);
  luma.forEach((y, i) => rgba.set([y, y, y, 255], i * 4));
  return jsQR(rgba, width, height)?.data ?? null;
}
