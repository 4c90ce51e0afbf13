#!/usr/bin/env node
// Issue 17 item 8: how long a first visit takes to a usable login form on a Fast-3G-like link (Chrome DevTools'
// preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up, set through the DevTools protocol), in real Chromium
// against local-api (which sends the precompressed assets, as CloudFront does). Each sample is a fresh profile: no
// cache, no service worker. "Usable" is the login id field and the submit button on screen and enabled, i.e. React
// has rendered the form. Beside it, in the same run and on the same link, the floor: one small file fetched alone
// (/favicon.svg), a round trip plus its bytes.
//
//   (cd e2e && npm ci)  once; local-api and the PWA built (mvn package, or npm run build -w web-worker-pwa)
//   node bench/web/login-fast3g.mjs [samples]      (default 5; starts its own local-api, or E2E_BASE_URL)
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../e2e/lib/browser.mjs';
import { startLocalApi } from '../../e2e/lib/local-api.mjs';

const SAMPLES = Number(process.argv[2] ?? 5);
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 / 8) * 0.9, uploadThroughput: (750 * 1024 / 8) * 0.9 };

async function throttled(browser) {
  const context = await browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  return { page, close: () => context.close() };
}

async function sample(browser, baseUrl) {
  const { page, close } = await throttled(browser);
  try {
    const start = Date.now();
    await page.goto(new URL('/login', baseUrl).href, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => {
      const id = document.querySelector('[data-testid="login-id"]');
      const submit = document.querySelector('[data-testid="login-submit"]');
      return id && submit && !submit.disabled;
    }, null, { timeout: 60_000, polling: 50 });
    const usable = Date.now() - start;
    const bytes = await page.evaluate(() => performance.getEntriesByType('resource')
      .concat(performance.getEntriesByType('navigation')).reduce((a, e) => a + (e.transferSize ?? 0), 0));
    return { usable, bytes };
  } finally {
    await close();
  }
}

async function floor(browser, baseUrl) {
  const { page, close } = await throttled(browser);
  try {
    const start = Date.now();
    await page.goto(new URL('/favicon.svg', baseUrl).href, { waitUntil: 'load', timeout: 60_000 });
    return Date.now() - start;
  } finally {
    await close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const api = process.env.E2E_BASE_URL ? null : await startLocalApi({ logFile: join(tmpdir(), 'gmp-login-fast3g-local-api.log') });
const baseUrl = process.env.E2E_BASE_URL ?? api.baseUrl;
const browser = await launchChromium();
try {
  await sample(browser, baseUrl); // warm local-api's file cache and JIT, not counted
  const runs = [];
  const floors = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    runs.push(await sample(browser, baseUrl));
    floors.push(await floor(browser, baseUrl));
  }
  const usable = runs.map((r) => r.usable);
  console.log(`login form usable on Fast 3G: median ${median(usable)} ms (min ${Math.min(...usable)}, max ${Math.max(...usable)}; ${SAMPLES} samples; `
    + `${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} KB transferred); target ≤ 2500 ms: ${median(usable) <= 2500 ? 'met' : 'NOT met'}`);
  console.log(`floor, one small file on the same link: median ${median(floors)} ms (min ${Math.min(...floors)}, max ${Math.max(...floors)})`);
} finally {
  await browser.close();
  await api?.stop();
}
