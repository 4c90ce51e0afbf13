// Issue 18, scenario 3: the gate loses its network. It checks the pass on the device with the keys it
// cached (a provisional result) and queues the scan; back online the queue is sent and the access log
// holds the entry once. A device that cached another key set refuses the same pass offline.
import assert from 'node:assert/strict';
import { call, createWorker, healthyPass } from '../lib/api.mjs';
import { accessLogRows, dismissResult, openGate, scanOffline } from '../lib/admin-app.mjs';
import { PHONE } from '../lib/browser.mjs';
import { foreignJwks, qrPng } from '../lib/pictures.mjs';
import { e2eTest, FIRST_LOAD_MS } from '../lib/stage.mjs';
import { workerShowsPass } from '../lib/worker-app.mjs';

const GATE = 'GATE-1';

/** The gate has cached the signing keys it will need offline (the scanner says how many). */
async function keysCached(page) {
  // the QR function's first call may meet a cold JVM on a busy machine
  await page.getByText(/오프라인 검증 키 [1-9]\d*개 저장됨/).waitFor({ timeout: FIRST_LOAD_MS });
}

e2eTest('offline gate: a provisional result, queued, synced when back online, logged once', {}, async (t, stage) => {
  const worker = await createWorker('offline');
  let pictureOfPass;
  let gate;

  await stage.step(t, 'the worker’s phone shows today’s pass', async () => {
    const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
    await workerShowsPass(phone, worker);
    pictureOfPass = await phone.getByTestId('pass-qr').screenshot();
  });

  await stage.step(t, 'the gate opens online and keeps the signing keys; then its network goes', async () => {
    gate = await openGate(stage, { gateId: GATE, direction: 'IN' });
    await keysCached(gate.page);
    await gate.page.context().setOffline(true);
  });

  await stage.step(t, 'offline, the pass is checked on the device: ACCEPTED, provisional, and queued', async () => {
    const result = await scanOffline(gate.page, () => gate.show(pictureOfPass));
    assert.equal(await result.getAttribute('data-result'), 'ACCEPTED');
    await result.getByText('오프라인 확인 — 동기화 후 확정').waitFor();
    assert.equal((await gate.page.getByTestId('scan-result-worker').innerText()).trim(), worker.displayName,
      'named from the cached directory');
    await gate.page.locator('[data-testid="queue-size"][data-count="1"]').waitFor();
    await gate.page.screenshot({ path: stage.artifact('offline-provisional.png') });
  });

  await stage.step(t, 'back online, the queue is sent and confirmed', async () => {
    await dismissResult(gate.page);
    await gate.page.context().setOffline(false);
    await gate.page.locator('[data-testid="queue-size"][data-count="0"]').waitFor({ timeout: 60_000 });
    await gate.page.getByText('동기화 완료: 1건 확정, 0건 거부').waitFor();
    await gate.page.screenshot({ path: stage.artifact('synced.png') });
  });

  await stage.step(t, 'the access log lists the entry once', async () => {
    const rows = await accessLogRows(gate.page, { workerName: worker.displayName, gateId: GATE, count: 1 });
    t.diagnostic(`access log: ${JSON.stringify(rows)}`);
    assert.equal(rows.length, 1);
    assert.ok(rows[0].some((cell) => cell.includes(worker.displayName)), `the row names the worker: ${rows[0]}`);
    // Columns: time, worker, gate, direction, result (marked as an offline scan), reason, scanned by.
    const [, , gateId, direction, result] = rows[0];
    assert.equal(gateId, GATE);
    assert.equal(direction, '입장');
    assert.match(result, /^허용/, `an accepted entry: ${rows[0]}`);
    assert.match(result, /오프라인/, `marked as scanned offline: ${rows[0]}`);
    await gate.page.screenshot({ path: stage.artifact('access-log.png'), fullPage: true });
  });
});

e2eTest('offline gate with another key set on the device: the same pass is refused', {}, async (t, stage) => {
  const worker = await createWorker('foreign-keys');
  const { pass } = await healthyPass(worker);
  const { keys } = await call('/v1/qr/keys');
  const kid = JSON.parse(Buffer.from(pass.token.split('.')[0], 'base64url').toString()).kid;
  assert.ok(keys.some((k) => k.kid === kid), `the pass is signed with a published key (${kid})`);
  let gate;

  await stage.step(t, 'the gate caches a key set that did not sign the pass (same key id), then goes offline', async () => {
    // What the device gets from GET /v1/qr/keys: another environment's keys under the same id.
    const foreign = foreignJwks(kid);
    gate = await openGate(stage, {
      gateId: GATE,
      direction: 'IN',
      async beforeLogin(page) {
        await page.route('**/v1/qr/keys', (route) => route.fulfill({ json: foreign }));
      },
    });
    await keysCached(gate.page);
    await gate.page.context().setOffline(true);
  });

  await stage.step(t, 'offline, the pass is refused as forged (the signature does not match)', async () => {
    const result = await scanOffline(gate.page, async () => gate.show(await qrPng(pass.token)));
    assert.equal(await result.getAttribute('data-result'), 'REJECTED');
    await result.getByText('위조되었거나 손상된 출입증입니다').waitFor();
    await gate.page.screenshot({ path: stage.artifact('offline-rejected.png') });
  });
});
