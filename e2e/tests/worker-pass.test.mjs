// Done when: "On ./run-local.sh, a person can log in as worker1 and reach a QR pass on a 390×844 viewport."
import assert from 'node:assert/strict';
import { WORKER1 } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { readQrFromPng } from '../lib/qr-read.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { answerChecklistAllGood, logInWorker, openPass, submitChecklist } from '../lib/worker-app.mjs';

e2eTest('worker1 reaches a QR pass on a 390x844 phone', {}, async (t, stage) => {
  const phone = await stage.page(await stage.browser(), 'worker1-phone', PHONE);
  let token;

  await stage.step(t, 'logs in, answers the checklist all good and gets PASS', async () => {
    await logInWorker(phone, WORKER1);
    const { template, answers } = await answerChecklistAllGood(phone);
    t.diagnostic(`template ${template.id} v${template.version} (${template.rulePack}): ${JSON.stringify(answers)}`);
    assert.equal(answers.temperature, 36.5);
    const submission = await submitChecklist(phone);
    assert.equal(submission.verdict, 'PASS', `verdict ${submission.verdict}: ${JSON.stringify(submission.reasons)}`);
    assert.ok(submission.pass?.token, 'a PASS comes with a signed pass');
    token = submission.pass.token;
  });

  await stage.step(t, 'shows the QR pass, whole and readable, on the 390x844 screen', async () => {
    assert.equal(await openPass(phone), token, 'the QR code carries the pass the server issued');
    const holder = await phone.getByTestId('pass-holder').textContent();
    assert.ok(holder?.trim(), 'the pass names its holder');

    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.viewport.width, `the page is ${width}px wide on a ${PHONE.viewport.width}px screen`);
    const qr = phone.getByTestId('pass-qr');
    await qr.scrollIntoViewIfNeeded();
    const box = await qr.boundingBox();
    assert.ok(box.width >= 200, `a QR code ${box.width}px wide is too small to scan`);
    assert.ok(box.x >= 0 && box.x + box.width <= PHONE.viewport.width && box.y >= 0 &&
      box.y + box.height <= PHONE.viewport.height, `the QR code is not wholly on screen: ${JSON.stringify(box)}`);
    assert.equal(readQrFromPng(await qr.screenshot()), token, 'the QR code on screen reads back as the token');

    const shot = stage.artifact('390x844.png');
    await phone.screenshot({ path: shot });
    t.diagnostic(`screenshot: ${shot}`);
  });

  await stage.step(t, 'still shows the pass offline after a reload', async () => {
    // The service worker takes over on the next load; from then on the app shell opens offline.
    await phone.evaluate(() => navigator.serviceWorker.ready);
    await phone.reload();
    await phone.getByTestId('pass-qr').waitFor();
    await phone.context().setOffline(true);
    await phone.reload();
    await phone.getByTestId('pass-offline').waitFor();
    assert.equal(await phone.getByTestId('pass-qr').getAttribute('data-token'), token);
    await phone.screenshot({ path: stage.artifact('390x844-offline.png') });
  });
});
