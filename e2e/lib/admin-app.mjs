// The admin SPA (served at /admin/): the guard's gate scanner and the office pages.
import assert from 'node:assert/strict';
import { BASE_URL } from './api.mjs';
import { FIRST_LOAD_MS } from './stage.mjs';

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
