// The few API calls the tests make themselves (set-up, and cross-checks of what the screens show).
// Everything a person does goes through the browser.
import { randomBytes } from 'node:crypto';
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
