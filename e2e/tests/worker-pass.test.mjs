// Done when: "On ./run-local.sh, a person can log in as worker1 and reach a QR pass on a 390×844 viewport."
import assert from 'node:assert/strict';
import { WORKER1 } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { answerChecklistAllGood, logInWorker, openPass, submitChecklist } from '../lib/worker-app.mjs';

e2eTest('worker1 answers the checklist on a 390x844 phone and reaches a QR pass', {}, async (t, stage) => {
  const phone = await stage.page(await stage.browser(), 'worker1-phone', PHONE);

  await logInWorker(phone, WORKER1);
  const { template, answers } = await answerChecklistAllGood(phone);
  t.diagnostic(`template ${template.id} v${template.version} (${template.rulePack}): ${JSON.stringify(answers)}`);
  assert.equal(answers.temperature, 36.5);

  const submission = await submitChecklist(phone);
  assert.equal(submission.verdict, 'PASS', `verdict ${submission.verdict}: ${JSON.stringify(submission.reasons)}`);
  assert.ok(submission.pass?.token, 'a PASS comes with a signed pass');

  const token = await openPass(phone);
  assert.equal(token, submission.pass.token, 'the QR code carries the pass the server issued');
  const holder = await phone.getByTestId('pass-holder').textContent();
  assert.ok(holder?.trim(), 'the pass names its holder');

  // The pass fits the phone: nothing to scroll sideways, the whole QR code on screen.
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.viewport.width, `the page is ${width}px wide on a ${PHONE.viewport.width}px screen`);
  const qr = await phone.getByTestId('pass-qr').boundingBox();
  assert.ok(qr && qr.x >= 0 && qr.x + qr.width <= PHONE.viewport.width, `QR at ${JSON.stringify(qr)}`);
  assert.ok(qr.width >= 200, `a QR code ${qr.width}px wide is too small to scan`);
  await phone.getByTestId('pass-qr').scrollIntoViewIfNeeded();
  const inView = await phone.getByTestId('pass-qr').boundingBox();
  assert.ok(inView.y >= 0 && inView.y + inView.height <= PHONE.viewport.height, `QR not wholly on screen: ${JSON.stringify(inView)}`);

  const shot = stage.artifact('390x844.png');
  await phone.screenshot({ path: shot });
  t.diagnostic(`screenshot: ${shot}`);
});
