// After `vite build`: fails the build when dist/ is not an installable, offline-capable PWA.
import { existsSync, readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const problems = [];
const read = (name) => (existsSync(new URL(name, dist)) ? readFileSync(new URL(name, dist), 'utf8') : null);

const manifestText = read('manifest.webmanifest');
if (!manifestText) problems.push('dist/manifest.webmanifest is missing');
const manifest = manifestText ? JSON.parse(manifestText) : {};
if (manifest.display !== 'standalone') problems.push('manifest display is not standalone');
if (manifest.start_url !== '/' || manifest.scope !== '/') problems.push('manifest start_url/scope must be /');
for (const size of ['192x192', '512x512']) {
  const icon = (manifest.icons ?? []).find((i) => i.sizes === size);
  if (!icon) problems.push(`manifest has no ${size} icon`);
  else if (!existsSync(new URL(icon.src, dist))) problems.push(`icon ${icon.src} is not in dist/`);
}
if (!(manifest.icons ?? []).some((i) => i.purpose === 'maskable')) problems.push('manifest has no maskable icon');

const sw = read('sw.js');
if (!sw) problems.push('dist/sw.js is missing');
else {
  if (!sw.includes('index.html')) problems.push('sw.js does not precache index.html (app shell)');
  if (!/NavigationRoute/.test(sw)) problems.push('sw.js has no navigation fallback');
  if (!sw.includes('v1')) problems.push('sw.js does not keep /v1/ out of the navigation fallback');
}
const index = read('index.html');
if (!index?.includes('manifest.webmanifest')) problems.push('index.html does not link the manifest');

if (problems.length > 0) {
  console.error(`web-worker-pwa: dist/ is not a complete PWA:\n - ${problems.join('\n - ')}`);
  process.exit(1);
}
console.log('web-worker-pwa: dist/ has the manifest, icons and service worker');
