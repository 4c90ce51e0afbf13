import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { API, worker1 } from '@/testing/fixtures';
import { apiError, backend, server, signedInTokens } from '@/testing/mock-api';
import { ApiError, apiRequest, NetworkError } from './api-client';
import { session } from './session';

const Me = z.object({ id: z.string() });

describe('apiRequest', () => {
  it('sends the API key and bearer token', async () => {
    session.start(signedInTokens());
    const seen: Record<string, string | null> = {};
    server.use(
      http.get(`${API}/auth/me`, ({ request }) => {
        seen.key = request.headers.get('x-api-key');
        seen.auth = request.headers.get('authorization');
        return HttpResponse.json(worker1);
      }),
    );
    await expect(apiRequest('/auth/me', { schema: Me })).resolves.toEqual({ id: worker1.id });
    expect(seen).toEqual({ key: 'test-api-key', auth: 'Bearer access-1' });
  });

  it('sends no bearer token to login', async () => {
    let auth: string | null = 'unset';
    server.use(
      http.post(`${API}/auth/login`, ({ request }) => {
        auth = request.headers.get('authorization');
        return apiError(401, 'INVALID_CREDENTIALS');
      }),
    );
    await expect(apiRequest('/auth/login', { method: 'POST', body: {}, auth: false })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      status: 401,
      requestId: 'req-test-1',
    });
    expect(auth).toBeNull();
  });

  it('refreshes the access token on a 401 and retries once', async () => {
    session.start(signedInTokens());
    backend.state.accessTokens.clear(); // the server has expired access-1
    await expect(apiRequest('/auth/me', { schema: Me })).resolves.toEqual({ id: worker1.id });
    expect(backend.state.refreshCalls).toBe(1);
    expect(backend.state.refreshCookie).toBe('refresh-2'); // rotated, in the cookie
  });

  it('keeps no refresh token where a script could read it', async () => {
    session.start(signedInTokens());
    expect(localStorage.getItem('gmp.session')).not.toContain('refresh');
    expect(JSON.stringify(session.get())).not.toContain('refresh');
  });

  it('drops the refresh token a session stored by an older version kept', () => {
    localStorage.setItem('gmp.session', JSON.stringify({ user: worker1, refreshToken: 'old-refresh' }));
    session.reloadFromStorage();
    expect(session.get()?.user.loginId).toBe('worker1');
    expect(localStorage.getItem('gmp.session')).not.toContain('old-refresh');
  });

  it('turns to the password change when the server asks for it', async () => {
    session.start(signedInTokens());
    server.use(http.get(`${API}/auth/me`, () => apiError(403, 'PASSWORD_CHANGE_REQUIRED')));
    await expect(apiRequest('/auth/me', { schema: Me })).rejects.toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(session.get()?.passwordChangeRequired).toBe(true);
  });

  it('shares one refresh between parallel 401s (refresh tokens are single-use)', async () => {
    session.start(signedInTokens());
    backend.state.accessTokens.clear();
    const results = await Promise.all([1, 2, 3].map(() => apiRequest('/auth/me', { schema: Me })));
    expect(results).toHaveLength(3);
    expect(backend.state.refreshCalls).toBe(1);
  });

  it('refreshes first after a reload, when only the refresh token survived', async () => {
    session.start(signedInTokens());
    session.reloadFromStorage();
    await apiRequest('/auth/me', { schema: Me });
    expect(backend.state.refreshCalls).toBe(1);
  });

  it('signs the worker out when the refresh token is refused', async () => {
    session.start(signedInTokens());
    backend.state.accessTokens.clear();
    backend.state.refreshTokens.clear();
    await expect(apiRequest('/auth/me', { schema: Me })).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(session.get()).toBeNull();
    expect(localStorage.getItem('gmp.session')).toBeNull();
  });

  it('keeps the session when the network, not the token, failed', async () => {
    session.start(signedInTokens());
    session.reloadFromStorage();
    server.use(http.post(`${API}/auth/refresh`, () => HttpResponse.error()));
    await expect(apiRequest('/auth/me', { schema: Me })).rejects.toBeInstanceOf(NetworkError);
    expect(session.get()?.user.loginId).toBe('worker1');
  });

  it('reads the error envelope, details included, and survives a non-JSON error page', async () => {
    session.start(signedInTokens());
    server.use(
      http.get(`${API}/auth/me`, () =>
        apiError(400, 'VALIDATION_FAILED', { details: [{ field: 'answers.temperature', code: 'OUT_OF_RANGE', message: 'x' }] }),
      ),
    );
    const error = (await apiRequest('/auth/me').catch((e: unknown) => e)) as ApiError;
    expect(error.details).toEqual([{ field: 'answers.temperature', code: 'OUT_OF_RANGE', message: 'x' }]);

    server.use(http.get(`${API}/auth/me`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    await expect(apiRequest('/auth/me')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  it('rejects a reply that does not match the contract', async () => {
    session.start(signedInTokens());
    server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ nope: true })));
    await expect(apiRequest('/auth/me', { schema: Me })).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
  });

  it('gives up on a request that takes too long', async () => {
    session.start(signedInTokens());
    server.use(http.get(`${API}/auth/me`, () => new Promise<never>(() => undefined)));
    const error = await apiRequest('/auth/me', { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(true);
  });
});
