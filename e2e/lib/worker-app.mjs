// The worker PWA (served at /), driven the way a worker uses it on a phone.
import assert from 'node:assert/strict';
import { BASE_URL, isApi } from './api.mjs';
import { FIRST_LOAD_MS } from './stage.mjs';

const NORMAL_TEMPERATURE = '36.5';

export async function logInWorker(page, { loginId, password }) {
  await page.goto(new URL('/', BASE_URL).href);
  await page.getByTestId('login-id').waitFor({ timeout: FIRST_LOAD_MS }); // signed out → /login
  await page.getByTestId('login-id').fill(loginId);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.locator(HOME_READY).first().waitFor({ timeout: FIRST_LOAD_MS });
}

/** Home has loaded when it shows today's state: the start button, or the card of today's pass, case or FAIL. */
const HOME_READY = '[data-testid="start-checklist"], [data-testid^="today-"]';

/**
 * Home's way to the checklist. Home offers "start today's check" only before one is done (after a FAIL or with a
 * pass its one next step is another), so a second checklist that day is opened by its address, as a worker who
 * insists would.
 */
async function startChecklist(page) {
  await page.locator(HOME_READY).first().waitFor({ timeout: FIRST_LOAD_MS });
  const start = page.getByTestId('start-checklist');
  if (await start.count() > 0) await start.click();
  else await page.goto(new URL('/checklist', BASE_URL).href);
}

/**
 * Opens today's checklist from home; returns the template the screen is built from. The app keeps
 * the template it fetched earlier that day: pass it as `known` to open the checklist a second time.
 */
export async function openChecklist(page, known) {
  if (known) {
    await startChecklist(page);
    await page.getByTestId(`item-${known.items[0].id}`).waitFor({ timeout: FIRST_LOAD_MS });
    return known;
  }
  const [reply] = await Promise.all([
    page.waitForResponse((r) => isApi(r, 'GET', '/v1/checklist/template'), { timeout: FIRST_LOAD_MS }),
    startChecklist(page),
  ]);
  assert.equal(reply.status(), 200, `GET /v1/checklist/template → ${reply.status()}`);
  const template = await reply.json();
  assert.ok(template.items?.length > 0, `the template has no items: ${JSON.stringify(template)}`);
  return template;
}

/**
 * Answers every item the template asks, the healthy way unless `answers` says otherwise: no
 * symptom, no wound, every hygiene step done, a normal temperature typed on the keypad.
 * `answers` maps an item id to a yes/no (true = "yes"), a number, or for a photo item
 * `{ photo: {name, mimeType, buffer} }`, chosen through the file picker.
 * Works on a blank form and on one that keeps earlier answers.
 *
 * @returns the answers given (photo items: the progress bar's values during the upload)
 */
export async function answerChecklist(page, template, answers = {}) {
  const given = {};
  for (const item of [...template.items].sort((a, b) => a.order - b.order)) {
    if (item.requiredWhen && given[item.requiredWhen.itemId] !== item.requiredWhen.is) continue;
    await page.getByTestId(`item-${item.id}`).waitFor({ timeout: FIRST_LOAD_MS });
    const wanted = item.id in answers ? answers[item.id] : healthyAnswer(item);
    switch (item.type) {
      case 'BOOLEAN':
        await page.getByTestId(`item-${item.id}-${wanted ? 'yes' : 'no'}`).click();
        given[item.id] = wanted;
        break;
      case 'NUMBER': {
        const value = String(wanted);
        const input = page.getByTestId(`item-${item.id}-input`);
        for (let left = 10; (await input.inputValue()) !== '' && (await input.inputValue()) !== value && left > 0; left--) {
          await page.getByTestId(`keypad-${item.id}-del`).click();
        }
        if ((await input.inputValue()) !== value) {
          for (const key of value) await page.getByTestId(`keypad-${item.id}-${key === '.' ? 'dot' : key}`).click();
        }
        assert.equal(await input.inputValue(), value);
        given[item.id] = Number(value);
        break;
      }
      case 'PHOTO':
        if (!wanted?.photo) throw new Error(`the checklist asks for a photo (${item.id}): pass one in answers`);
        given[item.id] = { progress: await uploadPhoto(page, item.id, wanted.photo) };
        break;
      default:
        throw new Error(`no answer known for a ${item.type} item (${item.id})`);
    }
  }
  return given;
}

/** The healthy way through today's checklist (see answerChecklist). */
export async function answerChecklistAllGood(page) {
  const template = await openChecklist(page);
  const answers = await answerChecklist(page, template);
  return { template, answers };
}

/**
 * Picks `photo` in the item's file field, as the camera would hand it over, and waits until the
 * screen says it is up. Returns the progress values the screen's progress bar showed on the way.
 */
export async function uploadPhoto(page, itemId, photo) {
  // Watch the progress bar from before the upload starts: on a fast link it shows only briefly.
  await page.evaluate(() => {
    const seen = [];
    window.__e2eProgress = seen;
    const record = () => {
      const bar = document.querySelector('[role="progressbar"], progress');
      if (bar) seen.push(Number(bar.getAttribute('value') ?? bar.value));
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId(`item-${itemId}-file`).setInputFiles(photo);
  await page.getByTestId('photo-uploaded').waitFor({ timeout: FIRST_LOAD_MS });
  return page.evaluate(() => window.__e2eProgress);
}

/** Submits the answered checklist; returns the server's reply (verdict, pass). */
export async function submitChecklist(page) {
  const [reply] = await Promise.all([
    page.waitForResponse((r) => isApi(r, 'POST', '/v1/checklist/submissions'), { timeout: FIRST_LOAD_MS }),
    page.getByTestId('submit-checklist').click(),
  ]);
  const body = await reply.json();
  assert.equal(reply.status(), 201, `POST /v1/checklist/submissions → ${reply.status()}: ${JSON.stringify(body)}`);
  return body;
}

/** From a PASS (or CONDITIONAL_PASS) verdict to the QR pass; returns the token the QR code carries. */
export async function openPass(page, verdict = 'PASS') {
  await page.getByTestId(`verdict-${verdict}`).waitFor();
  await page.getByTestId('show-pass').click();
  await page.getByTestId('pass-card').waitFor();
  const qr = page.getByTestId('pass-qr');
  await qr.waitFor();
  return qr.getAttribute('data-token');
}

/** The whole worker story up to the QR on screen. */
export async function workerShowsPass(page, account) {
  await logInWorker(page, account);
  await answerChecklistAllGood(page);
  const submission = await submitChecklist(page);
  assert.equal(submission.verdict, 'PASS', `verdict ${submission.verdict}: ${JSON.stringify(submission.reasons)}`);
  assert.ok(submission.pass?.token, `a PASS comes with a pass: ${JSON.stringify(submission)}`);
  const token = await openPass(page);
  assert.equal(token, submission.pass.token, 'the QR code carries the pass the server issued');
  return { submission, token };
}

function healthyAnswer(item) {
  switch (item.type) {
    case 'BOOLEAN':
      return item.category === 'HYGIENE'; // symptoms and wounds: "no"; hygiene steps: "done"
    case 'NUMBER':
      if (item.id === 'temperature') return NORMAL_TEMPERATURE;
      if (item.min === undefined || item.max === undefined) throw new Error(`no healthy value known for ${item.id}`);
      return String(Math.round((item.min + item.max) / 2));
    default:
      return undefined;
  }
}
