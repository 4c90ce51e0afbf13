import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminUser, API } from '@/testing/handlers';
import { server } from '@/testing/server';
import { ApiError, createApiClient } from './api-client';
import { createSessionStore } from './session';

const Ok = z.object({ ok: z.boolean() });

function protectedRoute(validToken: string) {
  return http.get(`${API}/v1/auth/me`, ({ request }) =>
    request.headers.get('authorization') === `Bearer ${validToken}`
      ? HttpResponse.json({ ok: true })
      : HttpResponse.json({ error: { code: 'UNAUTHORIZED', message: 'expired', requestId: 'r' } }, { status: 401 }),
  );
}

// the second argument stood for the refresh token, which now lives in the HttpOnly cookie only
const session = (accessToken: string, _cookie?: string) => ({ accessToken, expiresAt: Date.now() + 900_000, passwordChangeRequired: false, user: adminUser });

describe('api client', () => {
  it('refreshes once for several calls that find the access token expired', async () => {
    let refreshes = 0;
    server.use(
      protectedRoute('new'),
      http.post(`${API}/v1/auth/refresh`, () => {
        refreshes++;
        return HttpResponse.json({ accessToken: 'new', expiresIn: 900, user: adminUser });
      }),
    );
    const store = createSessionStore(localStorage);
    store.set(session('old', 'rt-1'));
    const client = createApiClient({ baseUrl: '', apiKey: 'k', session: store });
    const replies = await Promise.all([client.json('/v1/auth/me', Ok), client.json('/v1/auth/me', Ok), client.json('/v1/auth/me', Ok)]);
    expect(replies).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(refreshes).toBe(1);
  });

  it('uses the tokens another tab just rotated instead of spending its own stale refresh token', async () => {
    let refreshes = 0;
    server.use(
      protectedRoute('from-tab-a'),
      http.post(`${API}/v1/auth/refresh`, () => {
        refreshes++;
        return HttpResponse.json({ error: { code: 'REFRESH_TOKEN_REUSED', message: 'x', requestId: 'r' } }, { status: 401 });
      }),
    );
    const tabB = createSessionStore(localStorage);
    tabB.set(session('old', 'rt-1'));
    // tab A refreshed a moment ago: the shared storage holds the rotated pair
    localStorage.setItem('gmp-admin.session', JSON.stringify(session('from-tab-a', 'rt-2')));
    const client = createApiClient({ baseUrl: '', apiKey: 'k', session: tabB });

    expect(await client.json('/v1/auth/me', Ok)).toEqual({ ok: true });
    expect(refreshes).toBe(0);
    expect(tabB.get()?.accessToken).toBe('from-tab-a');
  });

  it('signs out when the refresh token is refused', async () => {
    server.use(
      protectedRoute('never'),
      http.post(`${API}/v1/auth/refresh`, () =>
        HttpResponse.json({ error: { code: 'INVALID_REFRESH_TOKEN', message: 'x', requestId: 'r' } }, { status: 401 }),
      ),
    );
    const store = createSessionStore(localStorage);
    store.set(session('old', 'rt-1'));
    const client = createApiClient({ baseUrl: '', apiKey: 'k', session: store });
    await expect(client.json('/v1/auth/me', Ok)).rejects.toBeInstanceOf(ApiError);
    expect(store.get()).toBeNull();
  });

  it('sends the API key everywhere and the access token only where asked', async () => {
    const seen: Record<string, string | null>[] = [];
    server.use(
      http.get(`${API}/v1/qr/keys`, ({ request }) => {
        seen.push({ key: request.headers.get('x-api-key'), auth: request.headers.get('authorization') });
        return HttpResponse.json({ ok: true });
      }),
    );
    const store = createSessionStore(localStorage);
    store.set(session('at', 'rt'));
    const client = createApiClient({ baseUrl: '', apiKey: 'local-dev-key', session: store });
    await client.json('/v1/qr/keys', Ok, { auth: false });
    expect(seen).toEqual([{ key: 'local-dev-key', auth: null }]);
  });
});
