// Issue 17: axe-core on the main screens not covered by the flow tests (the worker's login, pass, history and
// password screens; the admin's login and office pages), with a screenshot of each; and item 9 in a real browser:
// the service worker is registered on the login screen (the login screen opens offline next time), its
// "offline ready" note is laid over the page without moving it, and the tab bar marks the current tab.
import assert from 'node:assert/strict';
import { ADMIN, BASE_URL, createWorker, healthyPass } from '../lib/api.mjs';
import { GATE_DEVICE, PHONE } from '../lib/browser.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { e2eTest, FIRST_LOAD_MS } from '../lib/stage.mjs';
import { logInWorker } from '../lib/worker-app.mjs';

async function checkScreen(page, stage, name) {
  await page.screenshot({ path: stage.artifact(`${name}.png`), fullPage: true });
  await expectNoAxeViolations(page, stage, name);
}

e2eTest('worker screens: login offline, pass, history, password — accessible, the tab marked', {}, async (t, stage) => {
  const worker = await createWorker('a11y');
  await healthyPass(worker); // today's pass, from the API: the pass screen has something to show
  const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);

  await stage.step(t, 'the first visit registers the service worker on the login screen; its note moves nothing', async () => {
    await phone.goto(new URL('/login', BASE_URL).href);
    const heading = phone.getByRole('heading', { name: '로그인' });
    await heading.waitFor({ timeout: FIRST_LOAD_MS });
    // installed from the login screen: nobody has signed in yet
    await phone.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active),
      null, { timeout: FIRST_LOAD_MS });
    const toast = phone.getByTestId('reload-prompt');
    await toast.waitFor();
    assert.equal(await toast.evaluate((el) => getComputedStyle(el).position), 'fixed', 'the note is laid over the page');
    const whileShown = (await heading.boundingBox()).y;
    await phone.screenshot({ path: stage.artifact('login-offline-ready.png') });
    await toast.waitFor({ state: 'detached' }); // it goes by itself
    assert.equal((await heading.boundingBox()).y, whileShown, 'the login form did not move when the note went');
    await checkScreen(phone, stage, 'worker-login');
  });

  await stage.step(t, 'the login screen opens with no network at all', async () => {
    await phone.context().setOffline(true);
    await phone.reload();
    await phone.getByRole('heading', { name: '로그인' }).waitFor();
    await phone.getByTestId('offline-banner').waitFor();
    await phone.screenshot({ path: stage.artifact('login-offline.png') });
    await phone.context().setOffline(false);
  });

  await stage.step(t, 'the pass screen: the QR, the pass tab marked as current', async () => {
    await logInWorker(phone, worker);
    await phone.getByTestId('nav-pass').click();
    await phone.getByTestId('pass-qr').waitFor();
    assert.equal(await phone.getByTestId('nav-pass').getAttribute('aria-current'), 'page');
    assert.equal(await phone.getByTestId('nav-history').getAttribute('aria-current'), null);
    await checkScreen(phone, stage, 'worker-pass');
  });

  await stage.step(t, 'the history screen lists today’s check', async () => {
    await phone.getByTestId('nav-history').click();
    await phone.getByRole('heading', { name: '점검 기록' }).waitFor();
    await phone.getByTestId('history-list').waitFor();
    assert.equal(await phone.getByTestId('nav-history').getAttribute('aria-current'), 'page');
    assert.equal(await phone.getByTestId('nav-pass').getAttribute('aria-current'), null);
    await checkScreen(phone, stage, 'worker-history');
  });

  await stage.step(t, 'the password screen', async () => {
    await phone.getByTestId('nav-password').click();
    await phone.getByRole('heading', { name: '비밀번호 변경' }).waitFor();
    assert.equal(await phone.getByTestId('nav-password').getAttribute('aria-current'), 'page');
    await checkScreen(phone, stage, 'worker-password');
  });
});

e2eTest('admin office screens: login, today, review queue, presence, access log, workers, records — accessible', {}, async (t, stage) => {
  const office = await stage.page(await stage.browser(), 'office', GATE_DEVICE);

  await stage.step(t, 'the login screen', async () => {
    await office.goto(new URL('/admin/', BASE_URL).href);
    await office.getByTestId('login-id').waitFor({ timeout: FIRST_LOAD_MS });
    await checkScreen(office, stage, 'admin-login');
    await office.getByTestId('login-id').fill(ADMIN.loginId);
    await office.getByTestId('password').fill(ADMIN.password);
    await office.getByTestId('login-submit').click();
    await office.getByTestId('gate-select').waitFor({ timeout: FIRST_LOAD_MS });
  });

  for (const [route, name] of [
    ['today', 'admin-today'],
    ['review', 'admin-review-queue'],
    ['presence', 'admin-presence'],
    ['log', 'admin-access-log'],
    ['workers', 'admin-workers'],
    ['records', 'admin-daily-sheet'],
    ['records/audit', 'admin-audit-trail'],
  ]) {
    await stage.step(t, `#/${route}`, async () => {
      await office.goto(new URL(`/admin/#/${route}`, BASE_URL).href);
      await office.locator('main h1').first().waitFor({ timeout: FIRST_LOAD_MS });
      // the page has its data (no loading line left) before it is judged
      await office.waitForFunction(() => ![...document.querySelectorAll('main [role="status"]')]
        .some((el) => el.textContent.includes('불러오는 중')), null, { timeout: FIRST_LOAD_MS });
      await checkScreen(office, stage, name);
    });
  }
});
