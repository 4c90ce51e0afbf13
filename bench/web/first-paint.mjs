#!/usr/bin/env node
// The JS a browser must fetch before an app's first paint: the entry script of dist/index.html and every module it
// preloads (a screen split off with import() is not among them), raw, gzip -9 and brotli -11, beside all the app's
// JS. Issue 17 item 8's target: first-paint JS ≤ 100 KB gzip for the worker PWA (its login and pass screens).
// Each screen split off (a `*Route-*.js` chunk) is listed too, with what opening it costs in all: the first paint,
// the signed-in layout's chunk and the screen's own (web-shared/build/first-paint.mjs measures).
//
//   node bench/web/first-paint.mjs [appDir ...]      (default: web-worker-pwa web-admin-spa, built)
//   node bench/web/first-paint.mjs --json            (one JSON object per app)
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureFirstPaint } from '../../web-shared/build/first-paint.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const apps = args.filter((a) => !a.startsWith('--'));
const TARGET_GZIP_KB = 100;

function measure(appDir) {
  const base = appDir === 'web-admin-spa' ? '/admin/' : '/';
  return { app: appDir, ...measureFirstPaint(join(root, appDir, 'dist'), base) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const app of apps.length ? apps : ['web-worker-pwa', 'web-admin-spa']) {
  const m = measure(app);
  if (json) {
    console.log(JSON.stringify(m));
    continue;
  }
  console.log(`${m.app}: first-paint JS ${m.firstPaint.files.length} file(s): raw ${kb(m.firstPaint.total.raw)}, gzip ${kb(m.firstPaint.total.gzip)}, brotli ${kb(m.firstPaint.total.brotli)}`
    + (m.app === 'web-worker-pwa' ? ` (target ≤ ${TARGET_GZIP_KB} KB gzip: ${m.firstPaint.total.gzip <= TARGET_GZIP_KB * 1024 ? 'met' : 'NOT met'})` : ''));
  for (const f of m.firstPaint.files) console.log(`  ${f.file}: raw ${kb(f.raw)}, gzip ${kb(f.gzip)}, brotli ${kb(f.brotli)}`);
  for (const s of m.screens) {
    console.log(`  screen ${s.screen}: +${s.extraFiles} file(s) gzip ${kb(s.extra.gzip)}; with the first paint gzip ${kb(s.withFirstPaint.gzip)}, brotli ${kb(s.withFirstPaint.brotli)}`);
  }
  console.log(`  all JS (${m.allJs.count} files): raw ${kb(m.allJs.total.raw)}, gzip ${kb(m.allJs.total.gzip)}, brotli ${kb(m.allJs.total.brotli)}`);
}
