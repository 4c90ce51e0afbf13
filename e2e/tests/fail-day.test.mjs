// Issue 18, scenario 1: a worker who has vomited gets FAIL with the reason; answering the checklist
// again the same day, all good this time, still gives no pass; home says why.
import assert from 'node:assert/strict';
import { createWorker, isApi } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { answerChecklist, logInWorker, openChecklist, submitChecklist } from '../lib/worker-app.mjs';

e2eTest('vomiting: FAIL with the reason, no pass from a second checklist that day, home says why', {}, async (t, stage) => {
  const worker = await createWorker('fail');
  const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
  let template;

  await stage.step(t, 'answers "yes" to vomiting and gets FAIL, with the reason and when to come back', async () => {
    await logInWorker(phone, worker);
    template = await openChecklist(phone);
    await answerChecklist(phone, template, { vomiting: true });
    const submission = await submitChecklist(phone);
    assert.equal(submission.verdict, 'FAIL', JSON.stringify(submission));
    assert.equal(submission.pass ?? null, null, 'a FAIL comes without a pass');
    const verdict = phone.getByTestId('verdict-FAIL');
    await verdict.getByRole('heading', { name: '오늘은 출입할 수 없습니다' }).waitFor();
    await phone.getByTestId('verdict-reasons').getByText('구토 증상이 있어 오늘은 작업장에 들어갈 수 없습니다.').waitFor();
    await phone.getByTestId('verdict-return').getByText('24시간').waitFor();
    assert.equal(await phone.getByTestId('show-pass').count(), 0, 'no "show pass" button after a FAIL');
    await phone.screenshot({ path: stage.artifact('fail.png'), fullPage: true });
  });

  await stage.step(t, 'a second checklist the same day, all good, gives no pass either', async () => {
    await phone.getByRole('button', { name: '처음으로' }).click();
    await openChecklist(phone, template);
    await answerChecklist(phone, template);
    const submission = await submitChecklist(phone);
    assert.notEqual(submission.verdict, 'PASS', `a second checklist after a FAIL gave ${submission.verdict}`);
    assert.notEqual(submission.verdict, 'CONDITIONAL_PASS');
    assert.equal(submission.pass ?? null, null, `no pass the day of a FAIL: ${JSON.stringify(submission)}`);
    await phone.getByTestId(`verdict-${submission.verdict}`).waitFor();
    assert.equal(await phone.getByTestId('show-pass').count(), 0, 'no "show pass" button');
    t.diagnostic(`second verdict ${submission.verdict}: ${JSON.stringify(submission.reasons?.map((r) => r.ruleId))}`);
    await phone.screenshot({ path: stage.artifact('second-checklist.png'), fullPage: true });
  });

  await stage.step(t, 'the pass screen has no pass to show', async () => {
    const [reply] = await Promise.all([
      phone.waitForResponse((r) => isApi(r, 'GET', '/v1/qr/passes/current')),
      phone.getByTestId('nav-pass').click(),
    ]);
    assert.equal(reply.status(), 404, `GET /v1/qr/passes/current → ${reply.status()}`);
    assert.equal(await phone.getByTestId('pass-qr').count(), 0, 'no QR code on the day of a FAIL');
    await phone.screenshot({ path: stage.artifact('no-pass.png'), fullPage: true });
  });

  await stage.step(t, 'home offers no pass', async () => {
    await phone.getByRole('link', { name: '위생 출입 점검' }).click();
    await phone.getByRole('heading', { name: new RegExp(worker.displayName) }).waitFor();
    await phone.locator('[data-testid^="today-"]').first().waitFor();
    assert.equal(await phone.getByText('유효한 출입 패스가 있습니다').count(), 0, 'home offers a pass on the day of a FAIL');
    assert.equal(await phone.getByTestId('today-pass').count(), 0, 'no pass on home the day of a FAIL');
    await phone.screenshot({ path: stage.artifact('home.png'), fullPage: true });
  });

  await stage.step(t, 'home says why: today’s FAIL and its reason, and when to come back', async () => {
    const today = phone.getByTestId('today-fail');
    await today.waitFor({ timeout: 5_000 });
    await today.getByText('구토 증상이 있어 오늘은 작업장에 들어갈 수 없습니다.').waitFor();
    await today.getByTestId('today-return').getByText('24시간').waitFor();
    assert.equal(await phone.getByText('오늘 점검을 마치면 출입 패스가 발급됩니다').count(), 0,
      'home no longer says the pass comes after today’s check');
    assert.equal(await phone.getByTestId('start-checklist').count(), 0, 'the main button is not "start today’s check"');
    await phone.screenshot({ path: stage.artifact('home-fail.png'), fullPage: true });
    await expectNoAxeViolations(phone, stage, 'worker-home-fail');
  });
});
