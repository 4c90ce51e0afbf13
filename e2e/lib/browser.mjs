// Debian's Chromium through playwright-core: Playwright's own browser download does not work on
// these machines (DESIGN.md section 6), so the suite always names the executable.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

// The closed network refuses Chromium's own background connections (updates, sync, QUIC probes);
// without these it stalls or logs errors instead of getting on with the page.
const QUIET_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A worker's phone: 390 × 844 CSS pixels, touch, a phone's pixel density. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** The gate tablet or desk PC of the guard. */
export const GATE_DEVICE = { viewport: { width: 1024, height: 768 } };

export function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser tests need it. Install it with ` +
        '`apt-get install -y chromium` (.ci/run does this), or point E2E_CHROMIUM at a Chromium binary.',
    );
  }
}

/**
 * @param {{camera?: string}} options camera: a .y4m file the fake camera plays in a loop instead of a
 *   real device; permission prompts are answered "allow", as a guard would.
 */
export async function launchChromium({ camera } = {}) {
  assertChromium();
  const args = [...QUIET_ARGS];
  if (camera) {
    args.push(
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args, headless: true });
}
