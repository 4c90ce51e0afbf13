// Done when: "On ./run-local.sh, a person logged in as admin can scan a worker's QR shown on another
// screen" — and the whole worker → gate flow (DESIGN.md section 7): the worker's phone shows the pass,
// the gate's camera (Chromium's fake camera playing a .y4m of that screen) reads it, the guard sees
// who it is, anti-passback refuses a second entry, the exit is recorded, the access log lists it all.
import assert from 'node:assert/strict';
import { ADMIN, createWorker, isApi } from '../lib/api.mjs';
import { cameraIsLive, chooseGate, dismissResult, logInAdmin, restartCamera, scan } from '../lib/admin-app.mjs';
import { GATE_DEVICE, PHONE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';
import { workerShowsPass } from '../lib/worker-app.mjs';
import { blankY4m, writeY4m, y4mFromPng } from '../lib/y4m.mjs';

const GATE = 'GATE-2';

e2eTest('a guard scans the QR on a worker’s phone through the gate camera: IN, again, OUT, access log', {}, async (t, stage) => {
  const worker = await createWorker('gate');
  const camera = stage.artifact('camera.y4m');
  writeY4m(camera, blankY4m()); // the gate camera sees nobody yet
  let qrPng;
  let gate;

  await stage.step(t, 'the worker’s phone shows today’s pass', async () => {
    const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
    await workerShowsPass(phone, worker);
    // What the camera will see: the QR exactly as the phone's screen draws it.
    qrPng = await phone.getByTestId('pass-qr').screenshot({ path: stage.artifact('worker-qr.png') });
  });

  await stage.step(t, `the guard signs in at the gate and picks ${GATE}, IN`, async () => {
    gate = await stage.page(await stage.browser({ camera }), 'gate', GATE_DEVICE);
    await logInAdmin(gate, ADMIN);
    await cameraIsLive(gate);
    await chooseGate(gate, GATE, 'IN');
  });

  await stage.step(t, 'IN: the camera reads the pass and the guard sees ACCEPTED with the worker’s name', async () => {
    writeY4m(camera, y4mFromPng(qrPng));
    const { reply, result } = await scan(gate, () => restartCamera(gate), { gateId: GATE, direction: 'IN' });
    assert.equal(reply.result, 'ACCEPTED', `verify: ${JSON.stringify(reply)}`);
    assert.equal(reply.worker?.displayName, worker.displayName);
    assert.equal(reply.pass?.verdict, 'PASS');
    await result.getByText('입장 허용').waitFor();
    assert.equal((await gate.getByTestId('scan-result-worker').textContent())?.trim(), worker.displayName);
    await gate.screenshot({ path: stage.artifact('accepted-IN.png') });
  });

  await stage.step(t, 'again: the same pass is refused while the worker is inside (ALREADY_INSIDE)', async () => {
    await dismissResult(gate);
    // The pass never left the camera's view, so the scanner holds it back (de-duplication) until
    // the guard asks for a fresh reading by tapping the direction again.
    const { reply, result } = await scan(gate, () => gate.getByTestId('direction-IN').click(), { gateId: GATE, direction: 'IN' });
    assert.equal(reply.result, 'REJECTED', `verify: ${JSON.stringify(reply)}`);
    assert.equal(reply.reason, 'ALREADY_INSIDE');
    // anti-passback is a record to fix (amber), not the red stop of a health refusal
    assert.equal(await result.getAttribute('data-tone'), 'warn');
    await result.getByText('이미 입장 중으로 기록됨').waitFor();
    await result.getByText('이미 입장한 작업자입니다').waitFor();
    await gate.screenshot({ path: stage.artifact('rejected-ALREADY_INSIDE.png') });
  });

  await stage.step(t, 'OUT: switching to OUT reads the pass again and records the exit', async () => {
    await dismissResult(gate);
    const { reply, result } = await scan(gate, () => gate.getByTestId('direction-OUT').click(), { gateId: GATE, direction: 'OUT' });
    assert.equal(reply.result, 'ACCEPTED', `verify: ${JSON.stringify(reply)}`);
    assert.equal(reply.worker?.displayName, worker.displayName);
    await result.getByText('퇴장 확인').waitFor();
    await gate.screenshot({ path: stage.artifact('accepted-OUT.png') });
  });

  await stage.step(t, 'the access log page lists the three scans of the worker at the gate', async () => {
    await dismissResult(gate);
    await gate.getByTestId('nav-log').click();
    await gate.getByTestId('log-worker').fill(worker.displayName);
    await gate.getByTestId('log-gate').selectOption(GATE);
    const [reply] = await Promise.all([
      gate.waitForResponse((r) => isApi(r, 'GET', '/v1/access-log/entries') &&
        new URL(r.url()).searchParams.get('name') === worker.displayName),
      gate.getByTestId('log-search').click(),
    ]);
    assert.equal(reply.status(), 200, `GET /v1/access-log/entries → ${reply.status()}`);
    const { items } = await reply.json();
    await gate.waitForFunction(({ count, name }) => {
      const trs = [...document.querySelectorAll('[data-testid="log-table"] tbody tr')];
      return trs.length === count && trs.every((tr) => tr.innerText.includes(name));
    }, { count: items.length, name: worker.displayName });
    const rows = gate.getByTestId('log-table').locator('tbody tr');
    // Columns: time, worker, gate, direction, result, reason, scanned by.
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.trim())));
    t.diagnostic(`access log: ${JSON.stringify(cells)}`);
    assert.equal(cells.length, 3, `three entries, found ${cells.length}`);
    const entries = cells.map(([, name, gateId, direction, result, reason]) => ({ name, gateId, direction, result, reason }));
    for (const entry of entries) {
      assert.ok(entry.name.includes(worker.displayName), `worker column: ${entry.name}`);
      assert.equal(entry.gateId, GATE);
    }
    const sorted = (list) => list.map((e) => `${e.direction} ${e.result} ${e.reason}`).sort();
    assert.deepEqual(sorted(entries), sorted([
      { direction: '입장', result: '허용', reason: '' },
      { direction: '입장', result: '거부', reason: '이미 입장한 작업자입니다 (퇴장 기록 없음)' },
      { direction: '퇴장', result: '허용', reason: '' },
    ]));
    await gate.screenshot({ path: stage.artifact('access-log.png'), fullPage: true });
  });
});
