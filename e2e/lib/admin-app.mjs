// The admin SPA (served at /admin/): the guard's gate scanner and the office pages.
import assert from 'node:assert/strict';
import { ADMIN, BASE_URL, isApi } from './api.mjs';
import { GATE_DEVICE } from './browser.mjs';
import { FIRST_LOAD_MS } from './stage.mjs';
import { blankY4m, writeY4m, y4mFromPng } from './y4m.mjs';

/** Signs in; the admin app opens on the gate scanner. */
export async function logInAdmin(page, { loginId, password }) {
  await page.goto(new URL('/admin/', BASE_URL).href);
  await page.getByTestId('login-id').waitFor({ timeout: FIRST_LOAD_MS });
  await page.getByTestId('login-id').fill(loginId);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('gate-select').waitFor({ timeout: FIRST_LOAD_MS });
}

export async function chooseGate(page, gateId, direction) {
  await page.getByTestId('gate-select').selectOption(gateId);
  await page.getByTestId(`direction-${direction}`).click();
  await page.locator(`[data-testid="direction-${direction}"][aria-pressed="true"]`).waitFor();
}

/** The camera is on and delivering frames (the fake device plays its .y4m). */
export async function cameraIsLive(page) {
  await page.waitForFunction(() => {
    const video = document.querySelector('[data-testid="camera-video"]');
    return video instanceof HTMLVideoElement && video.readyState >= 2 && video.videoWidth > 0;
  }, undefined, { timeout: FIRST_LOAD_MS });
}

/**
 * Stops and starts the camera: Chromium's fake device opens its file when capture starts, so this
 * is the moment the camera begins to see what the .y4m now shows.
 */
export async function restartCamera(page) {
  await page.getByRole('button', { name: '카메라 끄기' }).click();
  await page.getByTestId('camera-start').click();
  await cameraIsLive(page);
}

/**
 * Runs `action` (something that makes the scanner read the pass) and waits for the check it sets off.
 *
 * @returns the server's verdict, once the full-screen result shows it
 */
export async function scan(page, action, expected) {
  // Two waits, so that a failure says which half failed: the scanner reading the code, or the server.
  const [verifyRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/v1/qr/verify', { timeout: FIRST_LOAD_MS })
      .catch((error) => {
        throw new Error(`the scanner did not read the pass within ${FIRST_LOAD_MS / 1000} s (no POST /v1/qr/verify): ${error.message}`);
      }),
    action(),
  ]);
  const response = await verifyRequest.response();
  assert.ok(response, `POST /v1/qr/verify got no answer: ${verifyRequest.failure()?.errorText}`);
  const reply = await response.json();
  assert.equal(response.status(), 200, `POST /v1/qr/verify → ${response.status()}: ${JSON.stringify(reply)}`);
  const request = response.request().postDataJSON();
  assert.equal(request.gateId, expected.gateId, 'the scan names the chosen gate');
  assert.equal(request.direction, expected.direction, 'the scan names the chosen direction');
  const result = page.locator(`[data-testid="scan-result"][data-result="${reply.result}"][data-provisional="false"]`);
  await result.waitFor();
  return { reply, result };
}

export async function dismissResult(page) {
  await page.keyboard.press('Escape');
  await page.getByTestId('scan-result').waitFor({ state: 'detached' });
}

/**
 * A gate device whose camera sees nobody yet, `account` (the admin, or a GATE user) signed in and the gate chosen
 * (`beforeLogin(page)` runs first, to set up the device). `show(png)` holds a picture (the QR as
 * a phone draws it) up to the camera.
 */
export async function openGate(stage, { gateId, direction, label = 'gate', beforeLogin, account = ADMIN }) {
  const camera = stage.artifact(`${label}-camera.y4m`);
  writeY4m(camera, blankY4m());
  const page = await stage.page(await stage.browser({ camera }), label, GATE_DEVICE);
  await beforeLogin?.(page);
  await logInAdmin(page, account);
  await cameraIsLive(page);
  await chooseGate(page, gateId, direction);
  return {
    page,
    async show(png) {
      writeY4m(camera, y4mFromPng(png));
      await restartCamera(page);
    },
  };
}

/**
 * Runs `action` with the device offline and waits for the result it decides on its own.
 *
 * @returns the result overlay (data-result ACCEPTED or REJECTED, data-provisional true)
 */
export async function scanOffline(page, action) {
  await action();
  const result = page.locator('[data-testid="scan-result"][data-provisional="true"]');
  await result.waitFor({ timeout: FIRST_LOAD_MS });
  return result;
}

/** The access-log page, filtered by worker name (and gate): the rows' cells, once the table shows `count` of them. */
export async function accessLogRows(page, { workerName, gateId, count }) {
  await page.getByTestId('nav-log').click();
  // the supervisor searches by the name they know, not an internal id
  await page.getByTestId('log-worker').fill(workerName);
  if (gateId) await page.getByTestId('log-gate').selectOption(gateId);
  const [reply] = await Promise.all([
    page.waitForResponse((r) => isApi(r, 'GET', '/v1/access-log/entries') && new URL(r.url()).searchParams.get('name') === workerName),
    page.getByTestId('log-search').click(),
  ]);
  assert.equal(reply.status(), 200, `GET /v1/access-log/entries → ${reply.status()}`);
  const { items } = await reply.json();
  if (count !== undefined) assert.equal(items.length, count, `the log has ${items.length} entries: ${JSON.stringify(items)}`);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="log-table"] tbody tr').length === n, items.length);
  return page.getByTestId('log-table').locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.trim())));
}
