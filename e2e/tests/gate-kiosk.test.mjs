// Issue 17 items 3, 4, 5: a gate tablet (1024×768) signed in with the GATE role, not a full admin. It has
// the scanner only; anti-passback is amber with a one-tap, logged fix ("퇴장 처리 후 입장"); a conditional
// pass is its own amber state that waits for the guard; a worker whose phone is dead is found by name and
// entered by hand; the last scans are listed. axe-core checks each screen.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ADMIN, call, createWorker, healthyPass, login, woundForReview } from '../lib/api.mjs';
import { dismissResult, openGate, scan } from '../lib/admin-app.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { qrPng, woundPhotoPng } from '../lib/pictures.mjs';
import { e2eTest } from '../lib/stage.mjs';

const GATE = 'GATE-1';

/** What the admin does once per tablet: an account with role GATE. */
async function createGateAccount() {
  const admin = await login(ADMIN);
  const account = {
    loginId: `e2e-gate-${randomBytes(3).toString('hex')}`,
    displayName: '정문 태블릿',
    password: `E2e-${randomBytes(9).toString('base64url')}`,
    role: 'GATE',
    department: '보안팀',
  };
  await call('/v1/auth/users', { method: 'POST', body: account, token: admin.accessToken });
  return account;
}

e2eTest('gate tablet with the GATE role: scanner only, amber passback fix, conditional entry, entry by name', {}, async (t, stage) => {
  const gateAccount = await createGateAccount();
  const walker = await createWorker('kiosk');
  const walkerPass = await healthyPass(walker);
  const gloved = await createWorker('kiosk-cond');
  const nophone = await createWorker('kiosk-nophone');
  await healthyPass(nophone);
  let gate;

  await stage.step(t, 'the tablet signs in as GATE and has the scanner only', async () => {
    gate = await openGate(stage, { gateId: GATE, direction: 'IN', account: gateAccount, label: 'kiosk' });
    const page = gate.page;
    for (const office of ['today', 'review', 'presence', 'log', 'workers']) {
      assert.equal(await page.getByTestId(`nav-${office}`).count(), 0, `a gate has no ${office} page`);
    }
    await page.goto(page.url().replace(/#.*$/, '#/workers'));
    await page.getByTestId('gate-select').waitFor();
    assert.match(page.url(), /#\/$/, 'an office page by address leads back to the scanner');
    await page.getByTestId('kiosk-fullscreen').waitFor();
    await page.screenshot({ path: stage.artifact('kiosk-scanner.png') });
    await expectNoAxeViolations(page, stage, 'gate-scanner');
  });

  await stage.step(t, 'IN, then the same pass again: amber ALREADY_INSIDE, never the red stop', async () => {
    const page = gate.page;
    const first = await scan(page, async () => gate.show(await qrPng(walkerPass.pass.token)), { gateId: GATE, direction: 'IN' });
    assert.equal(first.reply.result, 'ACCEPTED', JSON.stringify(first.reply));
    await dismissResult(page);
    const again = await scan(page, () => page.getByTestId('direction-IN').click(), { gateId: GATE, direction: 'IN' });
    assert.equal(again.reply.reason, 'ALREADY_INSIDE', JSON.stringify(again.reply));
    assert.equal(await again.result.getAttribute('data-tone'), 'warn');
    await again.result.getByText('이미 입장 중으로 기록됨').waitFor();
    assert.equal(await again.result.getByText('출입 불가').count(), 0, 'anti-passback is not shown as a refusal');
    await page.screenshot({ path: stage.artifact('kiosk-passback.png') });
    await expectNoAxeViolations(page, stage, 'gate-passback');
  });

  await stage.step(t, 'one tap — "퇴장 처리 후 입장" — signed with the guard\'s password, logs the missed exit and lets the worker in', async () => {
    const page = gate.page;
    await page.getByTestId('scan-result-fix').click();
    // an override of the scan is signed: the unattended tablet asks the guard's own password
    await page.getByTestId('sign-password').fill(gateAccount.password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v1/qr/corrections'),
      page.getByTestId('sign-confirm').click(),
    ]);
    const reply = await response.json();
    assert.equal(response.status(), 200, JSON.stringify(reply));
    assert.equal(reply.result, 'ACCEPTED');
    assert.equal(reply.kind, 'CORRECTION');
    assert.equal(reply.signature?.meaning, 'GATE_CORRECTION', JSON.stringify(reply));
    assert.equal(reply.signature?.signerName, gateAccount.displayName);
    const result = page.locator('[data-testid="scan-result"][data-result="ACCEPTED"]');
    await result.getByText('정정으로 기록됨').waitFor();
    await page.screenshot({ path: stage.artifact('kiosk-fixed.png') });
    await dismissResult(page);
    const recent = page.getByTestId('recent-scan');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="recent-scan"]').length >= 4);
    assert.ok((await recent.first().innerText()).includes(walker.displayName), await recent.first().innerText());
    assert.ok(await recent.count() <= 10, 'at most the last ten scans');
  });

  await stage.step(t, 'a conditional pass is its own amber state, conditions large, up until the guard confirms', async () => {
    const pending = await woundForReview(gloved, woundPhotoPng());
    const admin = await login(ADMIN);
    const approved = await call(`/v1/checklist/submissions/${encodeURIComponent(pending.id)}/review`, {
      method: 'POST',
      token: admin.accessToken,
      body: { decision: 'APPROVE_WITH_CONDITIONS', conditions: ['GLOVES_OVER_COVERED_WOUND'], note: 'e2e', password: ADMIN.password },
    });
    const token = approved.pass?.token;
    assert.ok(token, `the approval issues a pass: ${JSON.stringify(approved)}`);
    const page = gate.page;
    const { reply, result } = await scan(page, async () => gate.show(await qrPng(token)), { gateId: GATE, direction: 'IN' });
    assert.equal(reply.pass?.verdict, 'CONDITIONAL_PASS', JSON.stringify(reply));
    assert.equal(await result.getAttribute('data-state'), 'conditional');
    await result.getByRole('heading', { name: '조건부 입장' }).waitFor();
    await page.waitForTimeout(4_000); // longer than a plain pass stays up
    assert.equal(await page.locator('[data-testid="scan-result"][data-state="conditional"]').count(), 1,
      'the conditional entry waits for the guard');
    await page.screenshot({ path: stage.artifact('kiosk-conditional.png') });
    await expectNoAxeViolations(page, stage, 'gate-conditional');
    await page.getByTestId('scan-result-confirm').click();
    await page.getByTestId('scan-result').waitFor({ state: 'detached' });
  });

  await stage.step(t, 'a dead phone: the guard finds the worker by name and enters them by hand', async () => {
    const page = gate.page;
    await page.getByTestId('lookup-name').fill(nophone.displayName);
    await page.getByTestId('lookup-search').click();
    await page.getByTestId('lookup-pick').first().click();
    // a wrong password signs nothing and enters no one
    await page.getByTestId('sign-password').fill('not-the-guards-password');
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v1/qr/manual-entries'),
      page.getByTestId('sign-confirm').click(),
    ]);
    assert.equal(refused.status(), 400);
    assert.equal((await refused.json()).error?.details?.[0]?.code, 'WRONG_PASSWORD');
    await page.getByTestId('sign-password').fill(gateAccount.password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/v1/qr/manual-entries'),
      page.getByTestId('sign-confirm').click(),
    ]);
    const reply = await response.json();
    assert.equal(response.status(), 200, JSON.stringify(reply));
    assert.equal(reply.result, 'ACCEPTED', JSON.stringify(reply));
    assert.equal(reply.kind, 'MANUAL');
    assert.equal(reply.signature?.meaning, 'MANUAL_ENTRY', JSON.stringify(reply));
    await page.getByTestId('scan-result-kind').getByText('수동 입력으로 기록됨').waitFor();
    await page.screenshot({ path: stage.artifact('kiosk-manual.png') });
    await dismissResult(page);
  });
});
