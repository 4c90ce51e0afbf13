// Issue 18, scenario 5: a worker still wearing jewelry is told to take it off (ACTION_REQUIRED),
// does so, answers again and gets PASS with a QR pass.
import assert from 'node:assert/strict';
import { createWorker } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { answerChecklist, logInWorker, openChecklist, openPass, submitChecklist } from '../lib/worker-app.mjs';

e2eTest('jewelry on: ACTION_REQUIRED, taken off, checked again: PASS', {}, async (t, stage) => {
  const worker = await createWorker('jewelry');
  const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
  let template;

  await stage.step(t, 'answers "no" to "jewelry removed" and is asked to take it off (ACTION_REQUIRED)', async () => {
    await logInWorker(phone, worker);
    template = await openChecklist(phone);
    await answerChecklist(phone, template, { jewelry_removed: false });
    const submission = await submitChecklist(phone);
    assert.equal(submission.verdict, 'ACTION_REQUIRED', JSON.stringify(submission));
    assert.equal(submission.pass ?? null, null, 'no pass before the fix');
    await phone.getByTestId('verdict-ACTION_REQUIRED').getByRole('heading', { name: '조치 후 다시 점검' }).waitFor();
    const toFix = (await phone.getByTestId('verdict-reasons').innerText()).trim();
    assert.match(toFix, /장신구|반지|시계/, `the reason names the jewelry: ${toFix}`);
    assert.equal(await phone.getByTestId('show-pass').count(), 0);
    await phone.screenshot({ path: stage.artifact('action-required.png'), fullPage: true });
  });

  await stage.step(t, 'takes it off, answers again and gets PASS and a QR pass', async () => {
    await phone.getByRole('button', { name: '조치했습니다 — 다시 점검하기' }).click();
    await phone.getByTestId(`item-${template.items[0].id}`).waitFor();
    await answerChecklist(phone, template, { jewelry_removed: true });
    const submission = await submitChecklist(phone);
    assert.equal(submission.verdict, 'PASS', JSON.stringify(submission));
    assert.ok(submission.pass?.token, 'a PASS comes with a pass');
    assert.equal(await openPass(phone), submission.pass.token, 'the QR code carries the new pass');
    await phone.screenshot({ path: stage.artifact('pass.png'), fullPage: true });
  });
});
