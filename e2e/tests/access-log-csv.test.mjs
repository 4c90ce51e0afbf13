// Issue 18, scenario 4: the access-log page's CSV download opens with a BOM (Excel reads the Korean
// right) and holds the day's entries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accessLogOfDay, ADMIN, createWorker, healthyPass, siteToday, verifyAtGate } from '../lib/api.mjs';
import { logInAdmin } from '../lib/admin-app.mjs';
import { GATE_DEVICE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';

const GATE = 'GATE-1';

e2eTest('the access log’s CSV download starts with a BOM and holds the day’s entries', {}, async (t, stage) => {
  // Set-up through the API: a worker who went in and out today.
  const worker = await createWorker('csv');
  const { pass } = await healthyPass(worker);
  assert.equal((await verifyAtGate(pass.token, GATE, 'IN')).result, 'ACCEPTED');
  assert.equal((await verifyAtGate(pass.token, GATE, 'OUT')).result, 'ACCEPTED');
  const today = siteToday();
  let csv;

  await stage.step(t, 'the admin opens today’s access log and downloads the CSV', async () => {
    const page = await stage.page(await stage.browser(), 'office', GATE_DEVICE);
    await logInAdmin(page, ADMIN);
    await page.getByTestId('nav-log').click();
    assert.equal(await page.getByTestId('log-date').inputValue(), today, 'the page opens on today');
    await page.getByTestId('log-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-csv').click()]);
    t.diagnostic(`downloaded ${download.suggestedFilename()}`);
    assert.match(download.suggestedFilename(), new RegExp(`${today}.*\\.csv$`));
    csv = readFileSync(await download.path());
    await download.saveAs(stage.artifact(download.suggestedFilename()));
    await page.screenshot({ path: stage.artifact('access-log.png'), fullPage: true });
  });

  await stage.step(t, 'the file opens with a UTF-8 BOM and holds every entry of the day, the worker’s two among them', async () => {
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark first');
    const lines = csv.subarray(3).toString('utf8').split(/\r?\n/).filter((line) => line.length > 0);
    const [header, ...rows] = lines;
    t.diagnostic(`header: ${header}; ${rows.length} rows`);
    assert.ok(!header.includes(worker.id), 'the first line is the header');
    const ofDay = await accessLogOfDay(today);
    assert.equal(rows.length, ofDay.length, `the CSV has ${rows.length} rows, the log of ${today} ${ofDay.length} entries`);
    const mine = rows.filter((row) => row.includes(worker.id) || row.includes(worker.displayName));
    assert.equal(mine.length, 2, `the worker's IN and OUT: ${JSON.stringify(mine)}`);
  });
});
