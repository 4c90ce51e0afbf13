// Issue 18, scenario 5: a worker still wearing jewelry is told to take it off (ACTION_REQUIRED),
// does so, answers again and gets PASS with a QR pass. Issue 17 items 1, 2: home shows the step to take,
// and the second check keeps the earlier answers and opens at the item to fix.
import assert from 'node:assert/strict';
import { createWorker } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { answerChecklist, logInWorker, openChecklist, openPass, submitChecklist } from '../lib/worker-app.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';

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
    await expectNoAxeViolations(phone, stage, 'worker-action-required');
  });

  await stage.step(t, 'home shows today’s state and its one next step: fix and check again', async () => {
    await phone.getByRole('button', { name: '처음으로' }).click();
    const today = phone.getByTestId('today-action');
    await today.waitFor();
    assert.match((await today.innerText()).trim(), /장신구|반지|시계/, 'home names what to fix');
    assert.equal(await phone.getByTestId('start-checklist').count(), 0, 'one next step, not a blank checklist');
    await phone.screenshot({ path: stage.artifact('home-action.png'), fullPage: true });
  });

  await stage.step(t, 'takes it off: the check opens at the jewelry with every earlier answer kept', async () => {
    await phone.getByTestId('today-next').click();
    const fixItem = phone.locator('[data-testid="item-jewelry_removed"][data-fix="true"]');
    await fixItem.waitFor();
    await phone.getByTestId('checklist-again').waitFor();
    await phone.waitForFunction(() => document.activeElement?.closest('[data-item]')?.getAttribute('data-item') === 'jewelry_removed');
    const kept = await phone.locator('.yesno__option[aria-checked="true"]').count();
    const yesNo = template.items.filter((i) => i.type === 'BOOLEAN' && !i.requiredWhen).length;
    assert.equal(kept, yesNo, `every yes/no answer is kept (${kept} of ${yesNo})`);
    const temperature = template.items.find((i) => i.type === 'NUMBER');
    if (temperature) assert.notEqual(await phone.getByTestId(`item-${temperature.id}-input`).inputValue(), '', 'the temperature is kept');
    await phone.screenshot({ path: stage.artifact('check-again.png'), fullPage: true });
    await expectNoAxeViolations(phone, stage, 'worker-checklist-again');
  });

  await stage.step(t, 'one tap on the fixed item, and the second check gives PASS and a QR pass', async () => {
    await phone.getByTestId('item-jewelry_removed-yes').click();
    const submission = await submitChecklist(phone);
    assert.equal(submission.verdict, 'PASS', JSON.stringify(submission));
    assert.ok(submission.pass?.token, 'a PASS comes with a pass');
    assert.equal(await openPass(phone), submission.pass.token, 'the QR code carries the new pass');
    await phone.screenshot({ path: stage.artifact('pass.png'), fullPage: true });
  });
});
