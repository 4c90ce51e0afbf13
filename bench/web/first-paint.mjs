#!/usr/bin/env node
// The JS a browser must fetch before an app's first paint: the entry script of dist/index.html and every module it
// preloads (a screen split off with import() is not among them), raw, gzip -9 and brotli -11, beside all the app's
// JS. Issue 17 item 8's target: first-paint JS ≤ 100 KB gzip for the worker PWA (its login and pass screens).
// Each screen split off (a `*Route-*.js` chunk) is listed too, with what opening it costs in all: the first paint
// plus the chunk and every chunk it imports statically.
//
//   node bench/web/first-paint.mjs [appDir ...]      (default: web-worker-pwa web-admin-spa, built)
//   node bench/web/first-paint.mjs --json            (one JSON object per app)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const apps = args.filter((a) => !a.startsWith('--'));
const TARGET_GZIP_KB = 100;

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(list) {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

/** What index.html makes the browser fetch as JS before anything renders. */
function firstPaintScripts(dist, html, base) {
  const urls = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  return [...new Set(urls)].map((url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '')));
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), itself included. */
function staticClosure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) staticClosure(dir, join(dirname(file), m[1]), seen);
  return seen;
}

function measure(appDir) {
  const dist = join(root, appDir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${appDir}: no dist/index.html — build it first (npm run build -w ${appDir})`);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const base = appDir === 'web-admin-spa' ? '/admin/' : '/';
  const first = firstPaintScripts(dist, html, base).map((path) => ({ file: relative(dist, path), ...sizes(readFileSync(path)) }));
  const all = jsFiles(dist).map((path) => sizes(readFileSync(path)));
  const firstPaths = new Set(firstPaintScripts(dist, html, base).flatMap((path) => [...staticClosure(dist, path)]));
  const screens = jsFiles(dist)
    .filter((path) => /Route-[\w-]+\.js$/.test(path))
    .map((path) => {
      const extra = [...staticClosure(dist, path)].filter((p) => !firstPaths.has(p));
      return { screen: relative(dist, path).replace(/^.*\/|-[\w-]+\.js$/g, ''), extraFiles: extra.length,
        extra: sum(extra.map((p) => sizes(readFileSync(p)))), withFirstPaint: sum([...firstPaths, ...extra].map((p) => sizes(readFileSync(p)))) };
    })
    .sort((a, b) => a.screen.localeCompare(b.screen));
  return { app: appDir, firstPaint: { files: first, total: sum(first) }, screens, allJs: { count: all.length, total: sum(all) } };
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
