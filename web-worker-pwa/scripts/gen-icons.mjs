// Draws the app icons (shield with a check mark) as PNGs with no image library: run once with
// `node scripts/gen-icons.mjs` and commit public/*.png. Mirrors public/favicon.svg.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x14, 0x53, 0x2d];
const WHITE = [0xff, 0xff, 0xff];

// Shield outline in a 64×64 design space (favicon.svg), the curved bottom as line segments.
function shieldPolygon() {
  const quad = (p0, c, p1, t) => [
    (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t ** 2 * p1[0],
    (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t ** 2 * p1[1],
  ];
  const pts = [[32, 10], [50, 17], [50, 30]];
  for (let i = 1; i <= 16; i++) pts.push(quad([50, 30], [50, 46], [32, 54], i / 16));
  for (let i = 1; i <= 16; i++) pts.push(quad([32, 54], [14, 46], [14, 30], i / 16));
  pts.push([14, 17]);
  return pts;
}
const SHIELD = shieldPolygon();
const CHECK = [[23, 32], [29.5, 38.5], [42, 26]];

function inPolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundedRect(x, y, size, r) {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** Colour at a point of the 64-unit design, or null for transparent. */
function sample(u, v, { maskable }) {
  // Maskable icons keep their content inside the central 80 % safe zone.
  const s = maskable ? 0.72 : 1;
  const x = (u - 32) / s + 32;
  const y = (v - 32) / s + 32;
  if (!maskable && !inRoundedRect(u, v, 64, 14)) return null;
  if (inPolygon(x, y, SHIELD)) {
    const d = Math.min(distToSegment(x, y, CHECK[0], CHECK[1]), distToSegment(x, y, CHECK[1], CHECK[2]));
    return d <= 2.5 ? GREEN : WHITE;
  }
  return GREEN;
}

function render(size, opts) {
  const N = 4; // supersampling per axis
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const c = sample(((px + (sx + 0.5) / N) / size) * 64, ((py + (sy + 0.5) / N) / size) * 64, opts);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = 1 + px * 4;
      if (a > 0) { row[o] = r / a; row[o + 1] = g / a; row[o + 2] = b / a; }
      row[o + 3] = Math.round((a / (N * N)) * 255);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('pwa-192x192.png', out), render(192, { maskable: false }));
writeFileSync(new URL('pwa-512x512.png', out), render(512, { maskable: false }));
writeFileSync(new URL('maskable-512x512.png', out), render(512, { maskable: true }));
writeFileSync(new URL('apple-touch-icon.png', out), render(180, { maskable: true }));
console.log('icons written to public/');
