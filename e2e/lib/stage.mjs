// What every browser test needs around it: Chromium instances that are always closed, pages whose
// console errors and failed requests are kept, and on failure a screenshot of every open page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchChromium } from './browser.mjs';

export const ARTIFACTS = process.env.E2E_ARTIFACTS ?? new URL('../target/e2e/', import.meta.url).pathname;

/** Long enough for a cold JVM's first call to each function; never a fixed sleep. */
export const FIRST_LOAD_MS = 90_000;
const ACTION_MS = 30_000;

export class Stage {
  constructor(name) {
    this.name = name;
    this.browsers = [];
    this.pages = [];
  }

  artifact(file) {
    mkdirSync(ARTIFACTS, { recursive: true });
    return join(ARTIFACTS, `${this.name}-${file}`);
  }

  /** A Chromium of its own: a phone, or a gate device with a camera that plays `camera` (.y4m). */
  async browser(options) {
    const browser = await launchChromium(options);
    this.browsers.push(browser);
    return browser;
  }

  /** A fresh profile (no cookies, storage or service worker) in Korean, in the plant's time zone. */
  async page(browser, label, contextOptions = {}) {
    const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', ...contextOptions });
    return this.watch(await context.newPage(), label);
  }

  /** Another tab of `page`'s profile (its cookies, storage and Web Locks), watched like the first. */
  async tab(page, label) {
    return this.watch(await page.context().newPage(), label);
  }

  watch(page, label) {
    page.setDefaultTimeout(ACTION_MS);
    page.setDefaultNavigationTimeout(FIRST_LOAD_MS);
    const events = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && events.push(`console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => events.push(`requestfailed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && events.push(`${r.status()}: ${r.request().method()} ${r.url()}`));
    this.pages.push({ label, page, events });
    return page;
  }

  /**
   * One step of a story told in order, as a subtest: once a step fails, the later ones are reported
   * as skipped, naming the step they needed.
   *
   * @param {{todo?: string}} options todo: the step runs but cannot pass yet; say which piece is missing
   */
  async step(t, name, body, { todo } = {}) {
    const blocked = this.failedStep;
    await t.test(name, { skip: blocked && `needs the step "${blocked}", which failed`, todo }, async () => {
      try {
        await body();
      } catch (error) {
        if (!todo) {
          this.failedStep = name;
          await this.captureFailure(error, name);
        }
        throw error;
      }
    });
  }

  async captureFailure(error, step = '') {
    if (this.captured) return; // the first failure is the one worth seeing
    this.captured = true;
    const notes = [`${this.name} ${step} failed: ${error?.stack ?? error}`];
    for (const { label, page, events } of this.pages) {
      if (page.isClosed()) continue;
      const shot = this.artifact(`FAILED-${label}.png`);
      await page.screenshot({ path: shot, fullPage: true, timeout: 10_000 }).catch(() => undefined);
      notes.push(`--- ${label}: ${page.url()} (screenshot ${shot})`, ...events);
    }
    writeFileSync(this.artifact('FAILED.txt'), `${notes.join('\n')}\n`);
  }

  async close() {
    await Promise.all(this.browsers.map((b) => b.close().catch(() => undefined)));
  }
}

/** A node:test test that hands its body a Stage, and cleans up (with evidence on failure) after it. */
export function e2eTest(name, options, body) {
  test(name, { timeout: 300_000, ...options }, async (t) => {
    const stage = new Stage(name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, ''));
    try {
      await body(t, stage);
      // the apps must run under local-api's Content-Security-Policy (security-headers.json): Chromium reports
      // what it blocks on the console, which would otherwise pass unnoticed when the step still succeeds
      const blocked = stage.pages.flatMap(({ label, events }) =>
        events.filter((e) => /Content Security Policy/i.test(e)).map((e) => `${label}: ${e}`));
      if (blocked.length) throw new Error(`the Content-Security-Policy blocked something:\n${blocked.join('\n')}`);
    } catch (error) {
      await stage.captureFailure(error);
      throw error;
    } finally {
      await stage.close();
    }
  });
}
