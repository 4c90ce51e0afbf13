// What a browser must fetch as JS before an app's first paint: the entry script of dist/index.html and every module
// it preloads (a screen split off with import() is not among them), raw, gzip -9 and brotli -11, beside all the
// app's JS. Each screen split off (a `*Route-*.js` chunk) is listed with what opening it costs in all: the first
// paint, the signed-in layout's chunk (`AppLayout-*.js`, when the app splits it off) for every screen but the login,
// and the screen's chunk with every chunk it imports statically.
// Used by bench/web/first-paint.mjs (the figures in docs/performance.md) and the PWA's build check
// (web-worker-pwa/scripts/check-first-paint.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) staticClosure(join(dirname(file), m[1]), seen);
  return seen;
}

/**
 * @param {string} dist an app's built dist/ folder
 * @param {string} base the app's base path ('/' for the PWA, '/admin/' for the admin SPA)
 */
export function measureFirstPaint(dist, base = '/') {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}: no index.html — build the app first`);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = firstPaintScripts(dist, html, base);
  const first = entry.map((path) => ({ file: relative(dist, path), ...sizes(readFileSync(path)) }));
  const all = jsFiles(dist);
  const firstPaths = new Set(entry.flatMap((path) => [...staticClosure(path)]));
  const layout = all.find((path) => /\/AppLayout-[\w-]+\.js$/.test(path));
  const layoutPaths = layout ? [...staticClosure(layout)].filter((p) => !firstPaths.has(p)) : [];
  const screens = all
    .filter((path) => /Route-[\w-]+\.js$/.test(path))
    .map((path) => {
      const screen = relative(dist, path).replace(/^.*\/|-[\w-]+\.js$/g, '');
      const around = screen === 'LoginRoute' ? [] : layoutPaths;
      const extra = [...new Set([...around, ...staticClosure(path)])].filter((p) => !firstPaths.has(p));
      return { screen, extraFiles: extra.length, extra: sum(extra.map((p) => sizes(readFileSync(p)))),
        withFirstPaint: sum([...firstPaths, ...extra].map((p) => sizes(readFileSync(p)))) };
    })
    .sort((a, b) => a.screen.localeCompare(b.screen));
  return { firstPaint: { files: first, total: sum(first) }, screens, allJs: { count: all.length, total: sum(all.map((p) => sizes(readFileSync(p)))) } };
}
