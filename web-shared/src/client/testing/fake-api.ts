import type { User } from '../../api';

export const worker1: User = {
  id: 'u-worker1',
  loginId: 'worker1',
  displayName: '김민수',
  role: 'WORKER',
  siteId: 'demo-site',
  department: '생산1팀',
};

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * An API as the client sees it through fetch: rotating refresh tokens in a cookie the "browser" keeps
 * for every tab, and reuse detection — a spent refresh token presented again ends the whole family, as
 * auth-service does. Routes beyond auth are added per test.
 */
export function fakeApi(origin = 'http://localhost:3000') {
  const state = {
    accessTokens: new Set<string>(),
    refreshTokens: new Set<string>(),
    issuedRefreshTokens: new Set<string>(),
    /** the HttpOnly gmp_refresh cookie: one per browser, shared by its tabs */
    cookie: null as string | null,
    counter: 0,
    refreshCalls: 0,
    refreshBodies: [] as string[],
    reuses: 0,
    passwordChangeRequired: false,
    /** how long a refresh takes on the "server", so that calls can overlap */
    refreshDelayMs: 5,
    seen: [] as { method: string; path: string; apiKey: string | null; authorization: string | null }[],
  };
  const routes = new Map<string, Handler>();

  function issueTokens() {
    state.counter += 1;
    const accessToken = `access-${state.counter}`;
    const refreshToken = `refresh-${state.counter}`;
    state.accessTokens.add(accessToken);
    state.refreshTokens.add(refreshToken);
    state.issuedRefreshTokens.add(refreshToken);
    state.cookie = refreshToken;
    return { accessToken, expiresIn: 900, passwordChangeRequired: state.passwordChangeRequired, user: worker1 };
  }

  const error = (status: number, code: string, extra: Record<string, unknown> = {}) =>
    Response.json({ error: { code, message: `${code} (test)`, requestId: 'req-test-1', ...extra } }, { status });

  const authorised = (request: Request) =>
    state.accessTokens.has((request.headers.get('authorization') ?? '').replace(/^Bearer /, ''));

  routes.set('POST /v1/auth/login', () => Response.json(issueTokens()));
  routes.set('POST /v1/auth/refresh', async (request) => {
    state.refreshCalls += 1;
    state.refreshBodies.push(await request.text());
    const presented = state.cookie ?? '';
    await new Promise((resolve) => setTimeout(resolve, state.refreshDelayMs));
    if (!state.refreshTokens.delete(presented)) {
      if (state.issuedRefreshTokens.has(presented)) {
        state.reuses += 1;
        state.refreshTokens.clear();
        state.accessTokens.clear();
      }
      return error(401, state.issuedRefreshTokens.has(presented) ? 'REFRESH_TOKEN_REUSED' : 'INVALID_REFRESH_TOKEN');
    }
    return Response.json(issueTokens());
  });
  routes.set('GET /v1/auth/me', (request) => (authorised(request) ? Response.json(worker1) : error(401, 'UNAUTHORIZED')));

  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    state.seen.push({
      method: request.method,
      path: url.pathname + url.search,
      apiKey: request.headers.get('x-api-key'),
      authorization: request.headers.get('authorization'),
    });
    if (url.origin !== origin) throw new TypeError(`Failed to fetch ${url.origin}`);
    const handler = routes.get(`${request.method} ${url.pathname}`);
    if (!handler) return error(404, 'NOT_FOUND');
    const response = await handler(request);
    if (!response.headers.has('date')) response.headers.set('date', new Date(Date.UTC(2026, 11, 2, 4, 0, 0)).toUTCString());
    return response;
  };

  return { state, routes, fetchImpl, issueTokens, error, authorised };
}

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** Web Locks as a browser gives them to every tab of an origin: one holder per name, the rest queue. */
export function fakeLocks(): LockManager {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const before = tails.get(name) ?? Promise.resolve();
      const run = before.then(callback, callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}
