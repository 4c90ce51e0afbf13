// Issue 17 item 9 (lane ux item 2): the "offline ready" note arrives while the worker is typing the temperature
// (the service worker finishes installing ≈ 1.4 s after the checklist opens). It must not move the keypad: a tap
// aimed at "6" must not land on "9". Measured in real Chromium, every frame from before the note to after it.
import assert from 'node:assert/strict';
import { BASE_URL, createWorker } from '../lib/api.mjs';
import { PHONE } from '../lib/browser.mjs';
import { FIRST_LOAD_MS, e2eTest } from '../lib/stage.mjs';
import { logInWorker } from '../lib/worker-app.mjs';

e2eTest('the offline-ready note does not move the checklist keypad', {}, async (t, stage) => {
  const worker = await createWorker('toast');
  const phone = await stage.page(await stage.browser(), 'worker-phone', PHONE);
  const context = phone.context();
  let keypadId;

  await stage.step(t, 'the checklist is open with its keypad, the service worker not yet installed', async () => {
    await logInWorker(phone, worker);
    // the first visit installed it already: start over, as on a phone that never had the app offline
    await phone.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const key of await caches.keys()) await caches.delete(key);
    });
    // hold the service worker back until the keypad is on screen, so the note comes while it is in use
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    stage.releaseServiceWorker = release;
    await context.route('**/sw.js', async (route) => {
      await released;
      await route.fallback();
    });
    await phone.goto(new URL('/checklist', BASE_URL).href);
    const keypad = phone.locator('[data-testid^="keypad-"][data-testid$="-6"]').first();
    await keypad.waitFor({ timeout: FIRST_LOAD_MS });
    keypadId = await keypad.getAttribute('data-testid');
    assert.equal(await phone.getByTestId('reload-prompt').count(), 0, 'no note yet');
  });

  await stage.step(t, 'the note arrives: the keypad stays exactly where it was, every frame', async () => {
    await phone.evaluate((id) => {
      const frames = [];
      window.__e2eKeypad = frames;
      const watch = () => {
        const key = document.querySelector(`[data-testid="${id}"]`);
        const r = key?.getBoundingClientRect();
        frames.push({
          toast: !!document.querySelector('[data-testid="reload-prompt"]'),
          box: r && [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10),
          scrollY: window.scrollY,
        });
        if (!window.__e2eStop) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, keypadId);
    const before = await phone.getByTestId(keypadId).boundingBox();
    stage.releaseServiceWorker();
    const note = phone.getByTestId('reload-prompt');
    await note.waitFor({ timeout: FIRST_LOAD_MS });
    assert.match(await note.innerText(), /인터넷 연결 없이도/, 'the offline-ready note');
    await phone.waitForTimeout(500); // a few hundred frames with the note up (its own layout, a late font)
    await phone.screenshot({ path: stage.artifact('note-over-checklist.png') });
    const after = await phone.getByTestId(keypadId).boundingBox();
    const frames = await phone.evaluate(() => {
      window.__e2eStop = true;
      return window.__e2eKeypad;
    });

    assert.deepEqual(after, before, `keypad box before ${JSON.stringify(before)}, with the note ${JSON.stringify(after)}`);
    const withNote = frames.filter((f) => f.toast);
    assert.ok(frames.some((f) => !f.toast) && withNote.length > 0, `frames before and with the note: ${frames.length}`);
    const moved = frames.filter((f) => JSON.stringify(f.box) !== JSON.stringify(frames[0].box) || f.scrollY !== frames[0].scrollY);
    assert.deepEqual(moved, [], `the keypad moved in ${moved.length} of ${frames.length} frames, first ${JSON.stringify(frames[0])}`);
    // and the note covers no key of the pad
    const noteBox = await note.boundingBox();
    const pad = await phone.getByTestId(keypadId).locator('xpath=..').boundingBox();
    assert.ok(noteBox.y + noteBox.height <= pad.y || noteBox.y >= pad.y + pad.height,
      `the note ${JSON.stringify(noteBox)} lies over the keypad ${JSON.stringify(pad)}`);
  });
});
