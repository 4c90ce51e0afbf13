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
  await page.getByTestId('start-checklist').waitFor({ timeout: FIRST_LOAD_MS });
}

/**
 * Opens today's checklist and answers every item the server's template asks, the healthy way:
 * no symptom, no wound, every hygiene step done, a normal temperature typed on the keypad.
 *
 * @returns the template the screen was built from
 */
export async function answerChecklistAllGood(page) {
  const [reply] = await Promise.all([
    page.waitForResponse((r) => isApi(r, 'GET', '/v1/checklist/template'), { timeout: FIRST_LOAD_MS }),
    page.getByTestId('start-checklist').click(),
  ]);
  assert.equal(reply.status(), 200, `GET /v1/checklist/template → ${reply.status()}`);
  const template = await reply.json();
  assert.ok(template.items?.length > 0, `the template has no items: ${JSON.stringify(template)}`);

  const answers = {};
  for (const item of [...template.items].sort((a, b) => a.order - b.order)) {
    if (item.requiredWhen && answers[item.requiredWhen.itemId] !== item.requiredWhen.is) continue;
    await page.getByTestId(`item-${item.id}`).waitFor({ timeout: FIRST_LOAD_MS });
    switch (item.type) {
      case 'BOOLEAN': {
        // SYMPTOM and WOUND items: true means "I have it"; HYGIENE items: true means "done".
        const good = item.category === 'HYGIENE';
        await page.getByTestId(`item-${item.id}-${good ? 'yes' : 'no'}`).click();
        answers[item.id] = good;
        break;
      }
      case 'NUMBER': {
        const value = normalNumber(item);
        for (const key of value) await page.getByTestId(`keypad-${item.id}-${key === '.' ? 'dot' : key}`).click();
        assert.equal(await page.getByTestId(`item-${item.id}-input`).inputValue(), value);
        answers[item.id] = Number(value);
        break;
      }
      default:
        throw new Error(`an all-good answer set cannot include a required ${item.type} item (${item.id})`);
    }
  }
  return { template, answers };
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

/** From the PASS verdict to the QR pass; returns the token the QR code carries. */
export async function openPass(page) {
  await page.getByTestId('verdict-PASS').waitFor();
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

function normalNumber(item) {
  if (item.id === 'temperature') return NORMAL_TEMPERATURE;
  if (item.min === undefined || item.max === undefined) throw new Error(`no healthy value known for ${item.id}`);
  return String(Math.round((item.min + item.max) / 2));
}
