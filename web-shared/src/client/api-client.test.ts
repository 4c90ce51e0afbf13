import { z } from 'zod';
import { zUser } from '../api';
import { createApiClient, type ApiClient } from './api-client';
import { zApiBaseUrl } from './config';
import { ApiError, NetworkError, ResponseShapeError } from './errors';
import { createSessionStore, type SessionStore } from './session';
import { fakeApi, fakeLocks, worker1 } from './testing/fake-api';

const KEY = 'gmp-test.session';
let api: ReturnType<typeof fakeApi>;

/** One tab of an app: its session store over the shared localStorage and its client. */
function tab(shareAccessToken = false): { session: SessionStore; client: ApiClient } {
  const session = createSessionStore({ storageKey: KEY, shareAccessToken });
  const client = createApiClient({
    baseUrl: 'http://localhost:3000',
    apiKey: 'test-api-key',
    session,
    lockName: 'gmp-test-refresh',
    fetchImpl: api.fetchImpl,
  });
  return { session, client };
}

beforeEach(() => {
  localStorage.clear();
  api = fakeApi();
});

describe('api client', () => {
  it('sends the API key everywhere and the access token only where asked, to the contract path', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.routes.set('GET /v1/qr/keys', () => Response.json({ keys: [] }));

    await expect(client.json('/v1/auth/me', zUser)).resolves.toEqual(worker1);
    await client.json('/v1/qr/keys', z.object({ keys: z.array(z.unknown()) }), { auth: false, query: { a: 1, b: '', c: undefined } });

    expect(api.state.seen).toEqual([
      { method: 'GET', path: '/v1/auth/me', apiKey: 'test-api-key', authorization: 'Bearer access-1' },
      { method: 'GET', path: '/v1/qr/keys?a=1', apiKey: 'test-api-key', authorization: null },
    ]);
  });

  it('refreshes the access token on a 401 and retries once, the refresh token in the cookie only', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.state.accessTokens.clear(); // the server has expired access-1

    await expect(client.json('/v1/auth/me', zUser)).resolves.toEqual(worker1);
    expect(api.state.refreshCalls).toBe(1);
    expect(api.state.refreshBodies).toEqual(['']);
    expect(api.state.cookie).toBe('refresh-2');
    expect(session.accessToken()).toBe('access-2');
  });

  it('shares one refresh between parallel 401s (refresh tokens are single-use)', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.state.accessTokens.clear();

    const replies = await Promise.all([1, 2, 3].map(() => client.json('/v1/auth/me', zUser)));
    expect(replies).toEqual([worker1, worker1, worker1]);
    expect(api.state.refreshCalls).toBe(1);
    expect(api.state.reuses).toBe(0);
  });

  it('uses the token a refresh that just finished got, rather than refreshing again', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.state.accessTokens.clear();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // the second call's 401 arrives only after the first call's refresh is over
    let calls = 0;
    api.routes.set('GET /v1/slow', async (request) => {
      calls += 1;
      if (calls === 1) await held;
      return api.authorised(request) ? Response.json({ ok: true }) : api.error(401, 'UNAUTHORIZED');
    });
    const Ok = z.object({ ok: z.boolean() });
    const slow = client.json('/v1/slow', Ok);
    await client.json('/v1/auth/me', zUser);
    release();

    await expect(slow).resolves.toEqual({ ok: true });
    expect(api.state.refreshCalls).toBe(1);
  });

  it('refreshes first after a reload when the access token lived in memory only', async () => {
    tab().session.start(api.issueTokens());
    const reloaded = tab();
    expect(reloaded.session.get()?.user.loginId).toBe('worker1');
    expect(reloaded.session.accessToken()).toBeNull();

    await reloaded.client.json('/v1/auth/me', zUser);
    expect(api.state.refreshCalls).toBe(1);
    expect(api.state.seen.map((s) => s.path)).toEqual(['/v1/auth/refresh', '/v1/auth/me']);
  });

  it('refreshes before the access token runs out rather than after a 401', async () => {
    const { session, client } = tab();
    const tokens = api.issueTokens();
    session.start(tokens, Date.now() - (tokens.expiresIn - 10) * 1000); // 10 s left

    await client.json('/v1/auth/me', zUser);
    expect(api.state.seen.map((s) => s.path)).toEqual(['/v1/auth/refresh', '/v1/auth/me']);
  });

  it('signs out when the refresh token is refused', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.state.accessTokens.clear();
    api.state.refreshTokens.clear();

    await expect(client.json('/v1/auth/me', zUser)).rejects.toMatchObject({ code: 'SESSION_EXPIRED', status: 401 });
    expect(session.get()).toBeNull();
    expect(session.lastSignOut()).toBe('expired');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the session when the network, not the token, failed', async () => {
    tab().session.start(api.issueTokens());
    const reloaded = tab();
    api.routes.set('POST /v1/auth/refresh', () => Promise.reject(new TypeError('Failed to fetch')));

    await expect(reloaded.client.json('/v1/auth/me', zUser)).rejects.toBeInstanceOf(NetworkError);
    expect(reloaded.session.get()?.user.loginId).toBe('worker1');
  });

  it('turns to the password change when the server asks for it', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.routes.set('GET /v1/auth/me', () => api.error(403, 'PASSWORD_CHANGE_REQUIRED'));

    await expect(client.json('/v1/auth/me', zUser)).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(session.get()?.passwordChangeRequired).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ passwordChangeRequired: true });
  });

  it('reads the error envelope, details included, and survives a non-JSON error page', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    const details = [{ field: 'answers.temperature', code: 'OUT_OF_RANGE', message: 'x' }];
    api.routes.set('GET /v1/auth/me', () => api.error(400, 'VALIDATION_FAILED', { details }));
    const error = (await client.send('/v1/auth/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'req-test-1', details });

    api.routes.set('GET /v1/auth/me', () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(client.send('/v1/auth/me')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  it('rejects a reply that does not match the contract', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.routes.set('GET /v1/auth/me', () => Response.json({ nope: true }));
    const error = await client.json('/v1/auth/me', zUser).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ code: 'UNEXPECTED_RESPONSE', path: '/v1/auth/me' });
  });

  it('gives up on a request that takes too long', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.routes.set('GET /v1/auth/me', (request) => new Promise<never>((_, reject) => request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const error = await client.send('/v1/auth/me', { timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(true);
  });

  it('names a download by its Content-Disposition', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.routes.set('GET /v1/access-log/entries.csv', () =>
      new Response('a,b', { headers: { 'content-disposition': "attachment; filename*=UTF-8''%EC%B6%9C%EC%9E%85.csv" } }),
    );
    const { blob, filename } = await client.blob('/v1/access-log/entries.csv', { accept: 'text/csv' });
    expect(filename).toBe('출입.csv');
    expect(await blob.text()).toBe('a,b');
  });

  it('shows every reply, the refresh included, to its observers; one that throws breaks nothing', async () => {
    const { session, client } = tab();
    session.start(api.issueTokens());
    api.state.accessTokens.clear();
    const seen: string[] = [];
    const stop = client.onResponse((response) => seen.push(`${response.status} ${response.headers.get('date')}`));
    client.onResponse(() => {
      throw new Error('observer bug');
    });

    await client.json('/v1/auth/me', zUser);
    expect(seen).toEqual([
      '401 Wed, 02 Dec 2026 04:00:00 GMT',
      '200 Wed, 02 Dec 2026 04:00:00 GMT',
      '200 Wed, 02 Dec 2026 04:00:00 GMT',
    ]);
    stop();
    await client.json('/v1/auth/me', zUser);
    expect(seen).toHaveLength(3);
  });

  it('hands out a fresh access token for what cannot go through a request (a WebSocket URL)', async () => {
    tab().session.start(api.issueTokens());
    const reloaded = tab();
    await expect(reloaded.client.accessToken()).resolves.toBe('access-2');
    await expect(reloaded.client.accessToken()).resolves.toBe('access-2');
    expect(api.state.refreshCalls).toBe(1);
  });
});

describe('across tabs', () => {
  it('never presents one refresh token twice when two reloaded tabs refresh at once', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    tab().session.start(api.issueTokens());
    const a = tab();
    const b = tab();

    const replies = await Promise.all([a.client.json('/v1/auth/me', zUser), b.client.json('/v1/auth/me', zUser)]);
    expect(replies).toEqual([worker1, worker1]);
    expect(api.state.reuses).toBe(0);
    expect(a.session.get()).not.toBeNull();
    expect(b.session.get()).not.toBeNull();
  });

  it('with a shared access token, the second tab uses what the first one got', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const first = tab(true);
    first.session.start(api.issueTokens());
    api.state.accessTokens.clear();
    const a = tab(true);
    const b = tab(true);

    await Promise.all([a.client.json('/v1/auth/me', zUser), b.client.json('/v1/auth/me', zUser)]);
    expect(api.state.refreshCalls).toBe(1);
    expect(b.session.accessToken()).toBe('access-2');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ accessToken: 'access-2' });
  });

  it('uses the tokens another tab just rotated instead of spending its own stale refresh token', async () => {
    const tabB = tab(true);
    tabB.session.start(api.issueTokens());
    api.state.accessTokens.clear();
    // tab A refreshed a moment ago: the shared storage holds its new access token
    const fromTabA = api.issueTokens();
    localStorage.setItem(KEY, JSON.stringify({ user: worker1, accessToken: fromTabA.accessToken, expiresAt: Date.now() + 900_000 }));

    await expect(tabB.client.json('/v1/auth/me', zUser)).resolves.toEqual(worker1);
    expect(api.state.refreshCalls).toBe(0);
    expect(tabB.session.accessToken()).toBe('access-2');
  });

  it('follows another tab that signed out', () => {
    const { session } = tab();
    session.start(api.issueTokens());
    let changes = 0;
    session.subscribe(() => changes++);
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));

    expect(session.get()).toBeNull();
    expect(session.accessToken()).toBeNull();
    expect(changes).toBe(1);
  });
});

describe('session store', () => {
  it('keeps no refresh token where a script could read it, and the access token only when shared', () => {
    const memory = tab(false).session;
    memory.start(api.issueTokens());
    expect(localStorage.getItem(KEY)).not.toContain('refresh');
    expect(localStorage.getItem(KEY)).not.toContain('access-1');

    tab(true).session.start(api.issueTokens());
    expect(localStorage.getItem(KEY)).toContain('access-2');
    expect(localStorage.getItem(KEY)).not.toContain('refresh');
  });

  it('drops the refresh token a session stored by an older version kept', () => {
    localStorage.setItem(KEY, JSON.stringify({ user: worker1, refreshToken: 'old-refresh' }));
    expect(tab().session.get()?.user.loginId).toBe('worker1');
    expect(localStorage.getItem(KEY)).not.toContain('old-refresh');
  });

  it('reads neither a stored user that is not the contract\'s nor broken JSON', () => {
    localStorage.setItem(KEY, JSON.stringify({ user: { id: 'x' } }));
    expect(tab().session.get()).toBeNull();
    localStorage.setItem(KEY, '{');
    expect(tab().session.get()).toBeNull();
  });

  it('gives the same snapshot until the session changes', () => {
    const { session } = tab();
    session.start(api.issueTokens());
    const first = session.get();
    expect(session.reload()).toBe(first);
    session.requirePasswordChange();
    expect(session.get()).not.toBe(first);
  });
});

describe('VITE_API_BASE_URL', () => {
  it('is the page\'s own origin by default and an http(s) URL otherwise, never ending in /v1', () => {
    expect(zApiBaseUrl.parse(undefined)).toBe('');
    expect(zApiBaseUrl.parse('')).toBe('');
    expect(zApiBaseUrl.parse('https://abc.execute-api.ap-northeast-2.amazonaws.com/prod/')).toBe(
      'https://abc.execute-api.ap-northeast-2.amazonaws.com/prod',
    );
    expect(zApiBaseUrl.safeParse('/v1').success).toBe(false);
    expect(zApiBaseUrl.safeParse('https://gate.example.com/v1/').success).toBe(false);
    expect(zApiBaseUrl.safeParse('gate.example.com').success).toBe(false);
  });
});
