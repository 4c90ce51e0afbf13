// A camera's view of a screen, as a Y4M file for Chromium's fake camera
// (--use-file-for-fake-video-capture). No ffmpeg here: Y4M is a text header, then per frame
// "FRAME\n" and the raw Y, U and V planes (4:2:0, full range for C420jpeg).
import { writeFileSync, renameSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * An RGB(A) picture as Y4M frames of `width` × `height`: the picture is scaled to fill `fill` of the
 * shorter side, centred on a white background (a phone held close to the gate camera).
 *
 * @param {{width: number, height: number, data: Uint8Array}} image RGBA pixels, row by row
 * @returns {Buffer}
 */
export function y4mFromImage(image, { width = 640, height = 480, fill = 0.9, frames = 10, fps = 10 } = {}) {
  if (width % 2 || height % 2) throw new Error(`Y4M 4:2:0 needs even dimensions, got ${width}x${height}`);
  const luma = new Uint8Array(width * height).fill(255);
  const cb = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const cr = new Uint8Array((width / 2) * (height / 2)).fill(128);

  const scale = (Math.min(width, height) * fill) / Math.max(image.width, image.height);
  const drawnW = Math.floor(image.width * scale);
  const drawnH = Math.floor(image.height * scale);
  const left = Math.floor((width - drawnW) / 2) & ~1;
  const top = Math.floor((height - drawnH) / 2) & ~1;

  // Nearest-neighbour keeps QR modules hard-edged; chroma is the average of each 2×2 block.
  const rgbAt = (x, y) => {
    const sx = Math.min(image.width - 1, Math.floor((x - left + 0.5) / scale));
    const sy = Math.min(image.height - 1, Math.floor((y - top + 0.5) / scale));
    const i = (sy * image.width + sx) * 4;
    const a = image.data[i + 3] / 255; // transparent pixels show the white background
    return [0, 1, 2].map((c) => image.data[i + c] * a + 255 * (1 - a));
  };
  for (let y = top; y < top + drawnH; y += 2) {
    for (let x = left; x < left + drawnW; x += 2) {
      let u = 0;
      let v = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const [r, g, b] = rgbAt(x + dx, y + dy);
        luma[(y + dy) * width + x + dx] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
        u += -0.168736 * r - 0.331264 * g + 0.5 * b + 128;
        v += 0.5 * r - 0.418688 * g - 0.081312 * b + 128;
      }
      const c = (y / 2) * (width / 2) + x / 2;
      cb[c] = clamp(u / 4);
      cr[c] = clamp(v / 4);
    }
  }

  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), luma, cb, cr]);
  return Buffer.concat([header, ...Array(frames).fill(frame)]);
}

/** A plain white view: the gate camera before anyone holds a pass up to it. */
export function blankY4m(options = {}) {
  return y4mFromImage({ width: 2, height: 2, data: new Uint8Array(16).fill(255) }, options);
}

export function y4mFromPng(png, options) {
  return y4mFromImage(PNG.sync.read(png), options);
}

/** The first frame's luma plane, for checks: `{width, height, luma}`. */
export function readY4mLuma(buffer) {
  const end = buffer.indexOf(0x0a);
  const header = buffer.subarray(0, end).toString('ascii');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  if (!header.startsWith('YUV4MPEG2 ') || !width || !height) throw new Error(`not a Y4M header: ${header}`);
  const frameStart = end + 1 + 'FRAME\n'.length;
  return { width, height, luma: buffer.subarray(frameStart, frameStart + width * height) };
}

/**
 * Writes next to the target and renames, so that a camera opening the file never reads half of it.
 */
export function writeY4m(path, buffer) {
  const partial = `${path}.partial`;
  writeFileSync(partial, buffer);
  renameSync(partial, path);
}

function clamp(value) {
  return Math.max(0, Math.min(255, Math.round(value)));
}
