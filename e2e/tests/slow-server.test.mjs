// Issue 18's failure, as a test: a server that takes longer to answer than the guard waits (a cold
// JVM on a busy machine). The gate shows a provisional result after a few seconds, then the server's
// own answer when it comes; the scan is logged once, not again from the offline queue.
import assert from 'node:assert/strict';
import { accessLogOfDay, createWorker, healthyPass, siteToday } from '../lib/api.mjs';
import { openGate } from '../lib/admin-app.mjs';
import { qrPng } from '../lib/pictures.mjs';
import { e2eTest, FIRST_LOAD_MS } from '../lib/stage.mjs';

const GATE = 'GATE-2';
const SERVER_DELAY_MS = 8_000; // longer than the scanner's 5 s before it decides on the device

e2eTest('a slow server: a provisional result at once, then the server’s answer; logged once', {}, async (t, stage) => {
  const worker = await createWorker('slow');
  const { pass } = await healthyPass(worker);
  let gate;

  await stage.step(t, 'the gate reads the pass while the server is slow, and shows a provisional result', async () => {
    gate = await openGate(stage, { gateId: GATE, direction: 'IN' });
    // the keys come from the QR function's first call: a cold JVM on a busy machine
    await gate.page.getByText(/오프라인 검증 키 [1-9]\d*개 저장됨/).waitFor({ timeout: FIRST_LOAD_MS });
    await gate.page.route('**/v1/qr/verify', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, SERVER_DELAY_MS));
      await route.continue();
    });
    await gate.show(await qrPng(pass.token));
    const provisional = gate.page.locator('[data-testid="scan-result"][data-provisional="true"]');
    await provisional.waitFor({ timeout: FIRST_LOAD_MS }); // the camera's decode, then the scanner's 5 s
    assert.equal(await provisional.getAttribute('data-result'), 'ACCEPTED');
    await gate.page.screenshot({ path: stage.artifact('provisional.png') });
  });

  await stage.step(t, 'the server’s answer replaces it, and nothing is left in the offline queue', async () => {
    const final = gate.page.locator('[data-testid="scan-result"][data-provisional="false"][data-result="ACCEPTED"]');
    await final.waitFor({ timeout: FIRST_LOAD_MS }); // the 8 s delay, then the server's own time
    assert.equal((await gate.page.getByTestId('scan-result-worker').innerText()).trim(), worker.displayName);
    await gate.page.locator('[data-testid="queue-size"][data-count="0"]').waitFor();
    await gate.page.screenshot({ path: stage.artifact('server-answer.png') });
  });

  await stage.step(t, 'the access log holds the scan once', async () => {
    const entries = (await accessLogOfDay(siteToday())).filter((e) => e.workerId === worker.id);
    assert.equal(entries.length, 1, JSON.stringify(entries));
    assert.equal(entries[0].result, 'ACCEPTED');
  });
});
