// Issue 20: the day's 위생상태점검표 in the admin app is the same sheet as its CSV (row for row, cell for cell),
// and prints A4 landscape; the PDF of the same day opens as a PDF.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ADMIN, createWorker, healthyPass, siteToday } from '../lib/api.mjs';
import { logInAdmin } from '../lib/admin-app.mjs';
import { GATE_DEVICE } from '../lib/browser.mjs';
import { e2eTest } from '../lib/stage.mjs';

/** RFC 4180 as the server writes it: every cell quoted, quotes doubled, CRLF between lines. */
function parseCsv(text) {
  return text
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replaceAll('""', '"')));
}

e2eTest('the daily sheet page shows the same rows as its CSV, and prints on A4 landscape', {}, async (t, stage) => {
  const worker = await createWorker('sheet');
  await healthyPass(worker);
  const today = siteToday();
  let page;
  let shown;

  await stage.step(t, 'the admin opens today’s sheet: the worker’s screening is a row', async () => {
    page = await stage.page(await stage.browser(), 'office', GATE_DEVICE);
    await logInAdmin(page, ADMIN);
    await page.getByTestId('nav-records').click();
    assert.equal(await page.getByTestId('sheet-date').inputValue(), today, 'the page opens on today');
    await page.getByTestId('sheet-table').waitFor();
    const header = await page.locator('[data-testid=sheet-table] thead th').allInnerTexts();
    const rows = [];
    for (const row of await page.getByTestId('sheet-row').all()) {
      rows.push(await row.locator('td').allTextContents());
    }
    shown = [header.map((h) => h.trim()), ...rows];
    assert.ok(rows.some((r) => r[0] === worker.displayName), `a row for ${worker.displayName}`);
    await page.screenshot({ path: stage.artifact('daily-sheet.png'), fullPage: true });
  });

  await stage.step(t, 'its CSV has a BOM and exactly the rows the page shows', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sheet-csv').click()]);
    const csv = readFileSync(await download.path());
    await download.saveAs(stage.artifact(download.suggestedFilename()));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark first');
    assert.deepEqual(parseCsv(csv.subarray(3).toString('utf8')), shown);
  });

  await stage.step(t, 'the PDF of the day downloads as a PDF, and the page prints on A4 landscape', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sheet-pdf').click()]);
    const pdf = readFileSync(await download.path());
    await download.saveAs(stage.artifact(download.suggestedFilename()));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    t.diagnostic(`daily sheet PDF: ${pdf.length} bytes`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ preferCSSPageSize: true });
    const box = printed.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    assert.ok(box && Number(box[1]) > Number(box[2]), `landscape: ${box?.[0]}`);
    await page.emulateMedia({ media: 'screen' });
  });
});
