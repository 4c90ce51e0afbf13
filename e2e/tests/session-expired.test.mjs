// Issue 18, scenario 6: a worker's phone whose session the server no longer honours (expired, or
// ended elsewhere) says so plainly, and signing in again leads back to the checklist.
import assert from 'node:assert/strict';
import { createWorker, isApi } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { logInWorker } from '../lib/worker-app.mjs';

e2eTest('an expired session on the worker’s phone: a clear message, and a login that returns to the checklist', {}, async (t, stage) => {
  const worker = await createWorker('session');
  const browser = await stage.browser();
  let savedPhone;
  let phone;

  await stage.step(t, 'the worker signs in; then the session ends on the server', async () => {
    const first = await stage.page(browser, 'phone-before', PHONE);
    await logInWorker(first, worker);
    // The phone as it is now (cookies and storage, whatever holds the session), as it will be
    // when the worker opens the app again tomorrow; then the session ends on the server (here by
    // signing out, as the server would end it on expiry, a password reset or a revoked family).
    savedPhone = await first.context().storageState();
    await Promise.all([
      first.waitForResponse((r) => isApi(r, 'POST', '/v1/auth/logout')),
      first.getByTestId('logout').click(),
    ]);
    await first.getByTestId('login-id').waitFor();
    await first.context().close();
  });

  await stage.step(t, 'opening the checklist with the ended session says the login has expired', async () => {
    phone = await stage.page(browser, 'worker-phone', { ...PHONE, storageState: savedPhone });
    await phone.goto(new URL('/checklist', process.env.E2E_BASE_URL).href);
    const notice = phone.getByTestId('session-expired');
    await notice.waitFor();
    assert.match(await notice.innerText(), /로그인이 만료되었습니다/);
    await phone.getByTestId('login-id').waitFor();
    await phone.screenshot({ path: stage.artifact('session-expired.png'), fullPage: true });
  });

  await stage.step(t, 'signing in again returns to the checklist', async () => {
    await phone.getByTestId('login-id').fill(worker.loginId);
    await phone.getByTestId('password').fill(worker.password);
    await phone.getByTestId('login-submit').click();
    await phone.waitForURL((url) => url.pathname === '/checklist');
    await phone.getByTestId('submit-checklist').waitFor();
    assert.equal(await phone.getByTestId('session-expired').count(), 0, 'the notice is gone after signing in');
    await phone.screenshot({ path: stage.artifact('back-at-checklist.png'), fullPage: true });
  });
});
