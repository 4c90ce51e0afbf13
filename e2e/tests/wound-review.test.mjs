// Issue 18, scenario 2: a hand wound with a photo (uploaded through the checklist, its progress
// shown) waits for a supervisor (PENDING_REVIEW); the admin approves it with a condition in the review
// screen; the worker's app shows CONDITIONAL_PASS and a QR pass; the gate shows the condition.
import assert from 'node:assert/strict';
import { createWorker, isApi } from '../lib/api.mjs';
import { cameraIsLive, chooseGate, openGate, scan } from '../lib/admin-app.mjs';
import { PHONE } from '../lib/browser.mjs';
import { ADMIN } from '../lib/config.mjs';
import { woundPhotoPng } from '../lib/pictures.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { answerChecklist, logInWorker, openChecklist, openPass, submitChecklist } from '../lib/worker-app.mjs';

const GATE = 'GATE-1';
const CONDITION = 'GLOVES_OVER_COVERED_WOUND';

e2eTest('a hand wound: photo, PENDING_REVIEW, approved with a condition, CONDITIONAL_PASS, the gate shows it', {}, async (t, stage) => {
  const worker = await createWorker('wound');
  const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
  let submission;
  let gate;
  let conditionLabel;
  let qrPng;

  await stage.step(t, 'the worker reports a hand wound and uploads its photo, with the progress shown', async () => {
    await logInWorker(phone, worker);
    const template = await openChecklist(phone);
    const photo = { name: 'wound.png', mimeType: 'image/png', buffer: woundPhotoPng() };
    const given = await answerChecklist(phone, template, { hand_wound: true, hand_wound_photo: { photo } });
    const { progress } = given.hand_wound_photo;
    t.diagnostic(`progress bar values: ${JSON.stringify(progress)}`);
    assert.ok(progress.length > 0, 'the progress bar showed during the upload');
    await phone.getByText('사진을 올렸습니다.').waitFor();
    await phone.getByRole('img', { name: '찍은 상처 사진' }).waitFor();
    await phone.screenshot({ path: stage.artifact('photo-uploaded.png'), fullPage: true });
  });

  await stage.step(t, 'submitted, it waits for a supervisor (PENDING_REVIEW)', async () => {
    submission = await submitChecklist(phone);
    assert.equal(submission.verdict, 'PENDING_REVIEW', JSON.stringify(submission));
    assert.equal(submission.pass ?? null, null, 'no pass while the review is pending');
    await phone.getByTestId('verdict-PENDING_REVIEW').getByRole('heading', { name: '관리자 검토 중' }).waitFor();
    await phone.screenshot({ path: stage.artifact('pending-review.png'), fullPage: true });
  });

  await stage.step(t, 'the admin opens the case in the review screen and approves it with a condition', async () => {
    gate = await openGate(stage, { gateId: GATE, direction: 'IN' });
    const admin = gate.page;
    await admin.getByTestId('nav-review').click();
    await admin.getByTestId(`review-open-${submission.id}`).click();
    await admin.getByRole('heading', { name: new RegExp(worker.displayName) }).waitFor();
    await admin.getByTestId('decision-APPROVE_WITH_CONDITIONS').check();
    const box = admin.getByTestId(`condition-${CONDITION}`);
    await box.check();
    conditionLabel = (await box.locator('xpath=..').innerText()).trim();
    assert.ok(conditionLabel, 'the condition has a label');
    // the decision is an electronic signature: the reviewer re-enters their password
    await admin.getByTestId('review-password').fill(ADMIN.password);
    await admin.screenshot({ path: stage.artifact('review.png'), fullPage: true });
    const [reply] = await Promise.all([
      admin.waitForResponse((r) => isApi(r, 'POST', `/v1/checklist/submissions/${submission.id}/review`)),
      admin.getByTestId('review-submit').click(),
    ]);
    assert.equal(reply.status(), 200, `review → ${reply.status()}: ${await reply.text()}`);
    const decided = await reply.json();
    assert.equal(decided.review.signatureStatus, 'VALID', 'the decision is signed');
    assert.equal(decided.review.signature.meaning, 'APPROVAL_WITH_CONDITIONS');
    await admin.waitForURL((url) => url.hash === '#/review' || url.pathname.endsWith('/review'));
  });

  await stage.step(t, 'the worker’s app shows CONDITIONAL_PASS with the condition, and the QR pass', async () => {
    // The pending screen refreshes by itself (every 15 s, and at once on a push where notifications are
    // allowed); the worker may also tap "검토 결과 확인". Whichever comes first: the button may be gone already.
    const decided = phone.getByTestId('verdict-CONDITIONAL_PASS').getByRole('heading', { name: '조건부 출입 가능' });
    await Promise.race([
      decided.waitFor(),
      phone.getByRole('button', { name: '검토 결과 확인' }).click().catch(() => decided.waitFor()),
    ]);
    await decided.waitFor();
    const conditions = (await phone.getByTestId('verdict-conditions').innerText()).trim();
    assert.ok(conditions.length > 0, 'the conditions are listed');
    await phone.screenshot({ path: stage.artifact('conditional-pass.png'), fullPage: true });
    const token = await openPass(phone, 'CONDITIONAL_PASS');
    assert.ok(token, 'the QR code carries a pass');
    qrPng = await phone.getByTestId('pass-qr').screenshot();
    await phone.screenshot({ path: stage.artifact('pass.png'), fullPage: true });
  });

  await stage.step(t, 'at the gate the guard sees ACCEPTED with the condition', async () => {
    const admin = gate.page;
    await admin.getByTestId('nav-scanner').click();
    await cameraIsLive(admin);
    await chooseGate(admin, GATE, 'IN');
    const { reply, result } = await scan(admin, () => gate.show(qrPng), { gateId: GATE, direction: 'IN' });
    assert.equal(reply.result, 'ACCEPTED', JSON.stringify(reply));
    assert.equal(reply.pass?.verdict, 'CONDITIONAL_PASS');
    assert.deepEqual(reply.pass?.conditions?.map((c) => c.code), [CONDITION]);
    const details = (await result.getByTestId('scan-result-details').innerText()).trim();
    const fromServer = reply.pass.conditions[0].message?.ko;
    assert.ok(details.includes(conditionLabel) || (fromServer && details.includes(fromServer)),
      `the gate names the condition: ${details}`);
    await admin.screenshot({ path: stage.artifact('gate-conditional.png') });
  });
});
