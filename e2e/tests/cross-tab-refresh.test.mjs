// Issue 14: two tabs of the admin app whose access token has run out (a laptop woken after the 15 min)
// renew it with one POST /v1/auth/refresh between them, and both go on. Refresh tokens rotate and a spent
// one presented again ends every session of the login (reuse detection), so two tabs refreshing at once
// would sign the admin out of both: web-shared's client refreshes under a Web Lock, and the tab that waited
// takes the token the other one got. Until now only unit-tested with a fake lock; here in Chromium.
import assert from 'node:assert/strict';
import { ADMIN, isApi } from '../lib/api.mjs';
import { logInAdmin } from '../lib/admin-app.mjs';
import { GATE_DEVICE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';

const REFRESH = '/v1/auth/refresh';
/** Each refresh is held back this long on its way out, so that both tabs want one while the first is under way. */
const HOLD_MS = 1_500;
const STORAGE_KEY = 'gmp-admin.session';

/**
 * The reply to the first GET /v1/access-log/presence the page sends once the tab has navigated (reloaded or opened). The page before the reload polls
 * presence too, with the token it holds in memory; a poll of it still in flight is not the tab's next call.
 */
function presenceAfterReload(tab) {
  return new Promise((resolve, reject) => {
    let reloaded = false;
    const onNavigated = (frame) => { reloaded ||= frame === tab.mainFrame(); };
    const onRequest = (request) => {
      if (!reloaded || request.method() !== 'GET' || new URL(request.url()).pathname !== '/v1/access-log/presence') return;
      tab.off('framenavigated', onNavigated);
      tab.off('request', onRequest);
      request.response().then((reply) => (reply ? resolve(reply) : reject(new Error('no reply to the presence call'))), reject);
    };
    tab.on('framenavigated', onNavigated);
    tab.on('request', onRequest);
  });
}

e2eTest('two admin tabs with an expired access token: one refresh between them, and both go on', {}, async (t, stage) => {
  const first = await stage.page(await stage.browser(), 'tab-1', GATE_DEVICE);
  let second;
  const refreshes = [];
  const refreshed = [];
  /** 'sent' and 'answered' of the refreshes, in the order the browser saw them */
  const order = [];
  let refreshCount = 0;

  await stage.step(t, 'the admin signs in and opens 현재 출입자 in two tabs', async () => {
    await logInAdmin(first, ADMIN);
    second = await stage.tab(first, 'tab-2');
    for (const tab of [first, second]) {
      await tab.goto(new URL('/admin/#/presence', first.url()).href);
      await tab.getByTestId('presence-count').waitFor();
    }
  });

  await stage.step(t, 'the access token runs out; both tabs open the app at once', async () => {
    const context = first.context();
    context.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === REFRESH) refreshes.push(r) && order.push('sent');
    });
    context.on('response', (r) => isApi(r, 'POST', REFRESH) && refreshed.push(r) && order.push('answered'));
    // a refresh on its way out waits a moment: a second tab that does not wait for the first would send its own now
    await context.route(`**${REFRESH}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      await route.continue();
    });
    // Tab 2 is left first (a blank page): an open page of the app would hear the storage change below and, on its
    // next poll, refresh from a document the reload then kills — a second refresh that is not the tabs' own.
    const presenceUrl = new URL('/admin/#/presence', first.url()).href;
    await second.goto('about:blank');
    // the session both tabs share (the admin keeps the access token in storage) says the token ran out a while ago
    const stale = await first.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(key));
      stored.expiresAt = Date.now() - 60_000;
      localStorage.setItem(key, JSON.stringify(stored));
      return stored.accessToken;
    }, STORAGE_KEY);
    assert.ok(stale, 'the admin app keeps the access token in storage, for its tabs');

    const [replyOne, replyTwo] = await Promise.all([
      presenceAfterReload(first), presenceAfterReload(second), first.reload(), second.goto(presenceUrl),
    ]);

    // Refresh tokens rotate, and one presented twice ends every session of the login: what must never happen is a
    // second refresh while one is on its way (each is held back 1.5 s, so tabs that do not wait for each other overlap).
    // One refresh is the rule. A second may follow the first's reply: Chromium hands a localStorage write to another
    // tab's renderer asynchronously, so the tab that takes the lock just after may not see the new token yet; it then
    // refreshes with the rotated cookie, which is harmless (the cookie jar is one, and consistent).
    refreshCount = refreshes.length;
    assert.ok(refreshCount >= 1 && refreshCount <= 2, `a refresh for the two tabs, at most one each: ${refreshCount}`);
    await Promise.all(refreshes.map((r) => r.response()));
    assert.deepEqual(order, refreshCount === 1 ? ['sent', 'answered'] : ['sent', 'answered', 'sent', 'answered'],
      'one refresh at a time: never two on their way at once');
    const renewed = [];
    for (const reply of refreshed) {
      const body = await reply.json();
      assert.equal(reply.status(), 200, `a refresh → ${reply.status()}: ${JSON.stringify(body)}`);
      assert.notEqual(body.accessToken, stale);
      renewed.push(`Bearer ${body.accessToken}`);
    }
    for (const [label, reply] of [['tab 1', replyOne], ['tab 2', replyTwo]]) {
      assert.equal(reply.status(), 200, `${label}: GET /v1/access-log/presence → ${reply.status()}`);
      assert.ok(renewed.includes(await reply.request().headerValue('authorization')),
        `${label} calls with a token a refresh gave`);
    }
  });

  await stage.step(t, 'both tabs go on signed in', async () => {
    for (const tab of [first, second]) {
      await tab.getByTestId('presence-count').waitFor();
      assert.equal(await tab.getByTestId('login-id').count(), 0, 'no tab is back at the login');
      const [reply] = await Promise.all([
        tab.waitForResponse((r) => isApi(r, 'GET', '/v1/access-log/entries')),
        tab.getByTestId('nav-log').click(),
      ]);
      assert.equal(reply.status(), 200, `the next page's call → ${reply.status()}`);
    }
    assert.equal(refreshes.length, refreshCount, 'and nobody refreshed again');
    await first.screenshot({ path: stage.artifact('tab-1.png') });
    await second.screenshot({ path: stage.artifact('tab-2.png') });
  });
});
