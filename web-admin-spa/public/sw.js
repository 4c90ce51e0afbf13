// The gate device's app shell, so a reload while the network is down still opens the scanner (the
// offline check and queue live in IndexedDB). Only /admin/ is touched; /v1 always goes to the network.
const CACHE = 'gmp-admin-shell-v1';
const SHELL = new URL('./', self.location.href).pathname; // /admin/
const ASSETS = `${SHELL}assets/`;

/**
 * Caches the page and every file of the current build (asset-list.json, written by the build), and
 * drops files of older builds. Run at install and after each page load that reached the network.
 */
async function refreshShell() {
  const cache = await caches.open(CACHE);
  const list = await fetch(`${SHELL}asset-list.json`, { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null));
  if (!Array.isArray(list)) return;
  const wanted = new Set(list.map((file) => `${SHELL}${file}`));
  const cached = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  await cache.addAll([...wanted].filter((path) => !cached.has(path)));
  await Promise.all(
    [...cached].filter((path) => path.startsWith(ASSETS) && !wanted.has(path)).map((path) => cache.delete(path)),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(refreshShell)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('gmp-admin-shell-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SHELL)) return;

  if (url.pathname.startsWith(ASSETS)) {
    // Hashed file names never change content: cache first, keep what was fetched.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  if (request.mode === 'navigate') {
    // The page itself: the network when it answers (a deployed update arrives at once), else the copy.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(
              caches
                .open(CACHE)
                .then((cache) => cache.put(SHELL, copy))
                .then(refreshShell)
                .catch(() => undefined),
            );
          }
          return response;
        })
        .catch(async () => (await caches.match(SHELL)) ?? Response.error()),
    );
  }
});
