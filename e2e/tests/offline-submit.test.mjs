// Issue 17 item 9 (lane ux item 1): a checklist submitted with no signal is kept on the phone (IndexedDB outbox),
// says it goes once online, survives a reload and the app being closed, and is sent when the phone is back —
// once, even when the first reply is lost on the way (the same clientSubmissionId, the server's idempotency).
import assert from 'node:assert/strict';
import { BASE_URL, call, createWorker, isApi, login, siteToday } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { FIRST_LOAD_MS, e2eTest } from '../lib/stage.mjs';
import { answerChecklist, logInWorker, openChecklist } from '../lib/worker-app.mjs';

const QUEUED_TEXT = '인터넷이 연결되면 자동으로 제출됩니다';

e2eTest('a checklist submitted offline is kept, survives closing the app, and is sent once online', {}, async (t, stage) => {
  const worker = await createWorker('offline-submit');
  const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
  const context = phone.context();
  const posts = []; // every POST /v1/checklist/submissions that left the phone, with its clientSubmissionId
  context.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/v1/checklist/submissions') {
      posts.push(JSON.parse(r.postData() ?? '{}').clientSubmissionId);
    }
  });
  let reopened = phone;

  await stage.step(t, 'offline, the submitted checklist says it will go when online — and nothing is sent', async () => {
    await logInWorker(phone, worker);
    // the service worker holds the app shell from the next load on: the app then opens with no network
    await phone.evaluate(() => navigator.serviceWorker.ready);
    await phone.reload();
    const template = await openChecklist(phone);
    await answerChecklist(phone, template);
    await context.setOffline(true);
    await phone.getByTestId('submit-checklist').click();
    const queued = phone.getByTestId('submit-queued');
    await queued.waitFor();
    assert.match(await queued.innerText(), new RegExp(QUEUED_TEXT));
    assert.equal(await phone.getByText('제출 중…').count(), 0, 'never "제출 중…" while offline');
    assert.deepEqual(posts, [], 'nothing left the phone');
    await phone.screenshot({ path: stage.artifact('queued.png'), fullPage: true });
  });

  await stage.step(t, 'still waiting after a reload and after the app is closed and opened again, offline', async () => {
    await phone.reload();
    await phone.getByTestId('submit-queued').waitFor();
    await phone.close();
    reopened = stage.watch(await context.newPage(), 'worker-phone-reopened');
    await reopened.goto(new URL('/', BASE_URL).href);
    const queued = reopened.getByTestId('submit-queued');
    await queued.waitFor({ timeout: FIRST_LOAD_MS });
    assert.match(await queued.innerText(), new RegExp(QUEUED_TEXT));
    assert.equal(await reopened.getByTestId('start-checklist').count(), 0, 'home offers no second checklist');
    assert.deepEqual(posts, []);
    await reopened.screenshot({ path: stage.artifact('reopened-offline.png'), fullPage: true });
  });

  await stage.step(t, 'back online it is sent by itself; the first reply is lost, the retry gets the same one', async () => {
    // the server gets the first send and answers it; the phone never sees that answer
    let lost = false;
    await context.route('**/v1/checklist/submissions', async (route) => {
      if (lost || route.request().method() !== 'POST') return route.fallback();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const second = reopened.waitForResponse((r) => isApi(r, 'POST', '/v1/checklist/submissions'), { timeout: 60_000 });
    await context.setOffline(false);
    const reply = await second; // the 30 s retry, with no one touching the phone
    assert.equal(reply.status(), 200, 'the re-send is answered with the first result');
    await reopened.getByTestId('today-pass').waitFor({ timeout: FIRST_LOAD_MS });
    assert.equal(posts.length, 2, `two sends: ${JSON.stringify(posts)}`);
    assert.equal(new Set(posts).size, 1, 'both under one clientSubmissionId');

    const { accessToken } = await login(worker);
    const day = await call(`/v1/checklist/submissions?date=${siteToday()}`, { token: accessToken });
    assert.equal(day.items.length, 1, `one submission on the server: ${JSON.stringify(day.items.map((s) => s.id))}`);
    assert.equal(day.items[0].verdict, 'PASS');
    assert.equal(await reopened.evaluate(async () => {
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open('gmp-outbox');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      return new Promise((ok) => {
        const get = db.transaction('outbox').objectStore('outbox').count();
        get.onsuccess = () => ok(get.result);
      });
    }), 0, 'the outbox is empty once the server answered');
    await reopened.screenshot({ path: stage.artifact('sent.png'), fullPage: true });
  });
});
