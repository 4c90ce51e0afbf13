import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';
import { setupServer } from 'msw/node';
import type { Pass, Submission } from '@gmp/web-shared/api';
import { jwkThumbprint } from '@gmp/web-shared/gate-code';
import { API, krFoodTemplateJson, submission, tokens, worker1 } from './fixtures';

/** An in-memory stand-in for the API (DESIGN.md §3), enough to drive the screens end to end. */
function freshState() {
  return {
    template: krFoodTemplateJson as unknown,
    passwords: { worker1: 'worker1234!' } as Record<string, string>,
    accessTokens: new Set<string>(),
    refreshTokens: new Set<string>(),
    /** The browser's gmp_refresh cookie (HttpOnly: only the "server" sets and reads it). */
    refreshCookie: null as string | null,
    passwordChangeRequired: false,
    tokenCounter: 0,
    nextVerdict: 'PASS' as Submission['verdict'],
    received: [] as Record<string, unknown>[],
    byClientId: new Map<string, Submission>(),
    submissions: [] as Submission[],
    currentPass: null as Pass | null,
    /** The phone keys registered, in order (POST /auth/devices). */
    devices: [] as { kty: 'EC'; crv: 'P-256'; x: string; y: string }[],
    refreshCalls: 0,
    analysis: { status: 'NEEDS_REVIEW', reason: 'MANUAL_REVIEW' } as Record<string, unknown>,
    analysesRequested: [] as string[],
  };
}

export const backend = { state: freshState(), reset() { this.state = freshState(); } };

export function apiError(status: number, code: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { error: { code, message: `${code} (test)`, requestId: 'req-test-1', ...extra } },
    { status },
  );
}

function issueTokens() {
  const s = backend.state;
  s.tokenCounter += 1;
  const t = tokens(s.tokenCounter);
  s.accessTokens.add(t.accessToken);
  s.refreshTokens.add(t.refreshToken);
  s.refreshCookie = t.refreshToken;
  return { ...t, passwordChangeRequired: s.passwordChangeRequired };
}

/** Signs worker1 in on the mock server and returns the tokens (for session.start in tests). */
export function signedInTokens() {
  return issueTokens();
}

function authorised(request: StrictRequest<DefaultBodyType>): boolean {
  const header = request.headers.get('authorization') ?? '';
  return backend.state.accessTokens.has(header.replace(/^Bearer /, ''));
}

export const handlers = [
  http.all(`${API}/*`, ({ request }) => {
    if (request.headers.get('x-api-key') !== 'test-api-key') return apiError(403, 'INVALID_API_KEY');
    return undefined;
  }),
  http.post(`${API}/auth/login`, async ({ request }) => {
    const body = (await request.json()) as { loginId: string; password: string };
    if (backend.state.passwords[body.loginId] !== body.password) return apiError(401, 'INVALID_CREDENTIALS');
    return HttpResponse.json(issueTokens());
  }),
  // As the server: the refresh token comes in the cookie; a body is for clients that are not browsers.
  http.post(`${API}/auth/refresh`, async ({ request }) => {
    backend.state.refreshCalls += 1;
    const body = (await request.text()) ? ((await request.clone().json()) as { refreshToken?: string }) : {};
    const refreshToken = backend.state.refreshCookie ?? body.refreshToken ?? '';
    if (!backend.state.refreshTokens.delete(refreshToken)) return apiError(401, 'INVALID_REFRESH_TOKEN');
    return HttpResponse.json(issueTokens());
  }),
  http.post(`${API}/auth/password`, async ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const body = (await request.json()) as { currentPassword: string; newPassword: string };
    if (backend.state.passwords.worker1 !== body.currentPassword) {
      return apiError(400, 'VALIDATION_FAILED', { details: [{ field: 'currentPassword', code: 'WRONG_PASSWORD' }] });
    }
    backend.state.passwords.worker1 = body.newPassword;
    backend.state.passwordChangeRequired = false;
    backend.state.accessTokens.clear();
    backend.state.refreshTokens.clear();
    return HttpResponse.json(issueTokens());
  }),
  // As the server: logout is an authenticated call (docs/openapi.yaml), the caller's own session only.
  http.post(`${API}/auth/logout`, async ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    if (backend.state.refreshCookie) backend.state.refreshTokens.delete(backend.state.refreshCookie);
    backend.state.refreshCookie = null;
    backend.state.accessTokens.clear();
    return new HttpResponse(null, { status: 204 });
  }),
  http.get(`${API}/auth/me`, ({ request }) =>
    authorised(request) ? HttpResponse.json(worker1) : apiError(401, 'UNAUTHORIZED'),
  ),
  http.get(`${API}/checklist/template`, ({ request }) =>
    authorised(request) ? HttpResponse.json(backend.state.template as Record<string, unknown>) : apiError(401, 'UNAUTHORIZED'),
  ),
  http.post(`${API}/checklist/submissions`, async ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const body = (await request.json()) as Record<string, unknown>;
    const s = backend.state;
    s.received.push(body);
    const clientId = String(body.clientSubmissionId);
    const earlier = s.byClientId.get(clientId);
    if (earlier) return HttpResponse.json(earlier, { status: 200 }); // the first result, as the server answers a re-send
    const result = { ...submission(s.nextVerdict), id: `s-${s.submissions.length + 1}` };
    s.byClientId.set(clientId, result);
    s.submissions.unshift(result);
    if (result.pass) {
      s.currentPass = { ...result.pass, verdict: result.verdict as Pass['verdict'], conditions: result.conditions, zones: ['A동'] };
    }
    return HttpResponse.json(result, { status: 201 });
  }),
  http.get(`${API}/checklist/submissions`, ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const url = new URL(request.url);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const items = backend.state.submissions.slice(start, start + limit);
    const next = start + limit < backend.state.submissions.length ? String(start + limit) : undefined;
    return HttpResponse.json({ items, ...(next ? { nextCursor: next } : {}) });
  }),
  http.get(`${API}/checklist/submissions/:id`, ({ request, params }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const found = backend.state.submissions.find((x) => x.id === params.id);
    return found ? HttpResponse.json(found) : apiError(404, 'NOT_FOUND');
  }),
  http.post(`${API}/auth/devices`, async ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const body = (await request.json()) as { publicKey: { kty: 'EC'; crv: 'P-256'; x: string; y: string } };
    const last = backend.state.devices.at(-1);
    const same = last?.x === body.publicKey.x && last?.y === body.publicKey.y;
    if (!same) backend.state.devices.push(body.publicKey);
    return HttpResponse.json(
      { jkt: `jkt-${backend.state.devices.length}`, registeredAt: '2026-03-02T06:00:00Z', replaced: !same && Boolean(last) },
      { status: same ? 200 : 201 },
    );
  }),
  // the phone asks whether it is still the registered one: the last key registered is
  http.get(`${API}/auth/devices/:jkt`, async ({ request, params }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const last = backend.state.devices.at(-1);
    if (!last) return apiError(404, 'DEVICE_NOT_REGISTERED');
    if ((await jwkThumbprint(last)) !== params.jkt) return apiError(409, 'DEVICE_RETIRED');
    return HttpResponse.json({ jkt: params.jkt, registeredAt: '2026-03-02T06:00:00Z' });
  }),
  http.get(`${API}/qr/passes/current`, ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    return backend.state.currentPass ? HttpResponse.json(backend.state.currentPass) : apiError(404, 'NOT_FOUND');
  }),
  http.post(`${API}/ai/uploads`, async ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const body = (await request.json()) as { contentType: string; contentLength: number };
    const n = backend.state.tokenCounter++;
    return HttpResponse.json(
      {
        imageKey: `uploads/demo-site/u-worker1/00000000-0000-4000-8000-${String(n).padStart(12, '0')}.jpg`,
        uploadUrl: `http://s3.test/images/uploads/img-${n}.jpg?X-Amz-Signature=abc`,
        method: 'PUT',
        headers: { 'content-type': body.contentType, 'content-length': String(body.contentLength) },
        expiresAt: new Date(Date.now() + 5 * 60_000).toISOString(),
      },
      { status: 201 },
    );
  }),
  http.post(`${API}/ai/analyses`, async ({ request }) => {
    if (!authorised(request)) return apiError(401, 'UNAUTHORIZED');
    const { imageKey } = (await request.json()) as { imageKey: string };
    backend.state.analysesRequested.push(imageKey);
    const now = new Date().toISOString();
    return HttpResponse.json(
      { id: `a-${backend.state.analysesRequested.length}`, imageKey, provider: 'manual', createdAt: now, updatedAt: now, ...backend.state.analysis },
      { status: 201 },
    );
  }),
];

export const server = setupServer(...handlers);
