// The few API calls the tests make themselves (set-up, and cross-checks of what the screens show).
// Everything a person does goes through the browser.
import { randomBytes, randomUUID } from 'node:crypto';
import { ADMIN, API_KEY } from './config.mjs';

export { ADMIN, WORKER1 } from './config.mjs';

export const BASE_URL = process.env.E2E_BASE_URL;

if (!BASE_URL) {
  throw new Error('E2E_BASE_URL is not set: run the suite with `node run.mjs` (it starts local-api), ' +
    'or set E2E_BASE_URL to a running local-api, e.g. http://localhost:3000 from ./run-local.sh');
}

export async function call(path, { method = 'GET', body, token } = {}) {
  const headers = { 'x-api-key': API_KEY, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const reply = await fetch(new URL(path, BASE_URL), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await reply.text();
  if (!reply.ok) throw new Error(`${method} ${path} → ${reply.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** For page.waitForResponse: the reply to one API route. */
export function isApi(response, method, path) {
  return response.request().method() === method && new URL(response.url()).pathname === path;
}

export async function login({ loginId, password }) {
  return call('/v1/auth/login', { method: 'POST', body: { loginId, password } });
}

/**
 * A worker of the admin's site, new for this test: its passes, presence and log entries are its own,
 * so a test never depends on what another test (or an earlier run on the same data) left behind.
 */
export async function createWorker(label) {
  const admin = await login(ADMIN);
  const suffix = randomBytes(3).toString('hex');
  const account = {
    loginId: `e2e-${label}-${suffix}`,
    displayName: `${label} 작업자 ${suffix}`,
    password: `E2e-${randomBytes(9).toString('base64url')}`,
    role: 'WORKER',
    department: '생산1팀',
  };
  const user = await call('/v1/auth/users', { method: 'POST', body: account, token: admin.accessToken });
  return { ...account, id: user.id };
}

/** Today in the plant's time zone (the access log's day), as YYYY-MM-DD. */
export function siteToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
}

/**
 * Set-up without a phone: `account` answers today's checklist through the API — the healthy way, but
 * for `overrides` (item id → answer) — with `photos` ([{itemId, imageKey}]).
 *
 * @returns the submission as the server answered it
 */
export async function submitChecklist(account, overrides = {}, photos = [], accessToken) {
  const token = accessToken ?? (await login(account)).accessToken;
  const template = await call('/v1/checklist/template', { token });
  const answers = {};
  for (const item of template.items) {
    if (item.requiredWhen) continue; // asked only after a "yes" (a wound photo)
    if (item.type === 'BOOLEAN') answers[item.id] = item.category === 'HYGIENE';
    else if (item.id === 'temperature') answers[item.id] = 36.5;
    else if (item.type === 'NUMBER') answers[item.id] = Math.round((item.min + item.max) / 2);
  }
  return call('/v1/checklist/submissions', {
    method: 'POST',
    token,
    body: {
      clientSubmissionId: randomUUID(),
      templateId: template.id,
      templateVersion: template.version,
      answers: { ...answers, ...overrides },
      photos,
    },
  });
}

/**
 * Set-up without a phone: `account` answers today's checklist the healthy way through the API.
 *
 * @returns the PASS submission, with its pass token
 */
export async function healthyPass(account) {
  const submission = await submitChecklist(account);
  if (submission.verdict !== 'PASS' || !submission.pass?.token) throw new Error(`no pass: ${JSON.stringify(submission)}`);
  return submission;
}

/**
 * Set-up without a phone: `account` reports a hand wound with its photo (`png`), uploaded as the PWA
 * does (presigned PUT, then the analysis). Locally no model looks at it: the case waits for a supervisor.
 *
 * @returns the PENDING_REVIEW submission
 */
export async function woundForReview(account, png) {
  const { accessToken: token } = await login(account);
  const upload = await call('/v1/ai/uploads', {
    method: 'POST', token, body: { contentType: 'image/png', contentLength: png.length },
  });
  const put = await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers ?? {}, body: png, signal: AbortSignal.timeout(60_000) });
  if (!put.ok) throw new Error(`photo PUT → ${put.status}: ${await put.text()}`);
  await call('/v1/ai/analyses', { method: 'POST', token, body: { imageKey: upload.imageKey } });
  const submission = await submitChecklist(account, { hand_wound: true },
    [{ itemId: 'hand_wound_photo', imageKey: upload.imageKey }], token);
  if (submission.verdict !== 'PENDING_REVIEW') throw new Error(`not for review: ${JSON.stringify(submission)}`);
  return submission;
}

/** The admin's decision on a case, signed with their password, as the review screen sends it. */
export async function review(submissionId, decision, note = 'e2e') {
  const admin = await login(ADMIN);
  return call(`/v1/checklist/submissions/${encodeURIComponent(submissionId)}/review`, {
    method: 'POST', token: admin.accessToken, body: { decision, note, password: ADMIN.password },
  });
}

/** Set-up: the admin's gate check of a pass, as a scanner would send it. */
export async function verifyAtGate(token, gateId, direction) {
  const admin = await login(ADMIN);
  return call('/v1/qr/verify', {
    method: 'POST',
    token: admin.accessToken,
    body: { token, gateId, direction, scanId: randomUUID(), scannedAt: new Date().toISOString() },
  });
}

/** Every access-log entry of `date` (all pages), as the API lists them. */
export async function accessLogOfDay(date) {
  const admin = await login(ADMIN);
  const items = [];
  let cursor;
  do {
    const query = new URLSearchParams({ date, ...(cursor ? { cursor } : {}) });
    const page = await call(`/v1/access-log/entries?${query}`, { token: admin.accessToken });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
