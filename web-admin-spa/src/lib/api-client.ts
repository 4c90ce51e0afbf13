import type { z } from 'zod';
import { env } from '@/config/env';
import { NetworkError, ResponseShapeError, toApiError } from '@gmp/web-shared/client';
import { sessionFrom, sessionStore, TokenResponseSchema, type SessionStore } from './session';

export { ApiError, NetworkError, ResponseShapeError } from '@gmp/web-shared/client';

export type Query = Record<string, string | number | boolean | undefined | null>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** false for login, refresh and the public JWKS */
  auth?: boolean;
  /** this access token instead of the session's (a login the app turns away, before it is a session) */
  bearer?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  accept?: string;
};

export type ApiClient = {
  request(path: string, options?: RequestOptions): Promise<Response>;
  json<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  send(path: string, options?: RequestOptions): Promise<void>;
  blob(path: string, options?: RequestOptions): Promise<{ blob: Blob; filename?: string }>;
};

type ClientConfig = {
  baseUrl: string;
  apiKey: string;
  session: SessionStore;
  fetchImpl?: typeof fetch;
  defaultTimeoutMs?: number;
};

export function createApiClient(config: ClientConfig): ApiClient {
  const { apiKey, session } = config;
  const doFetch: typeof fetch = (...args) => (config.fetchImpl ?? globalThis.fetch)(...args);
  const defaultTimeoutMs = config.defaultTimeoutMs ?? 15_000;
  let refreshing: Promise<boolean> | null = null;

  function url(path: string, query?: Query): string {
    // Same origin by default: /v1 sits at the root, beside (not under) /admin/.
    const u = new URL(config.baseUrl.replace(/\/$/, '') + path, globalThis.location?.origin ?? 'http://localhost');
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, String(v));
    }
    return u.toString();
  }

  async function rawFetch(path: string, options: RequestOptions, accessToken?: string): Promise<Response> {
    const headers: Record<string, string> = { 'x-api-key': apiKey, accept: options.accept ?? 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? defaultTimeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort);
    try {
      return await doFetch(url(path, options.query), {
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
        // the refresh token is the HttpOnly cookie on /v1/auth; the API shares the app's origin
        credentials: 'same-origin',
      });
    } catch (e) {
      if (options.signal?.aborted) throw e;
      throw new NetworkError(timedOut, e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * One refresh at a time, across tabs too (Web Locks where the browser has them): refresh tokens
   * rotate and a spent one presented again ends every session of the login.
   */
  function refresh(failedToken: string | undefined): Promise<boolean> {
    refreshing ??= withLock('gmp-admin-refresh', async () => {
      const current = session.reload();
      if (!current) return false;
      if (current.accessToken !== failedToken) return true; // another tab or call refreshed meanwhile
      const res = await rawFetch('/v1/auth/refresh', { method: 'POST' });
      if (!res.ok) {
        if (res.status === 400 || res.status === 401 || res.status === 403) session.set(null);
        return false;
      }
      const parsed = TokenResponseSchema.safeParse(await res.json());
      if (!parsed.success) return false;
      session.set(sessionFrom(parsed.data));
      return true;
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function request(path: string, options: RequestOptions = {}): Promise<Response> {
    const auth = options.auth ?? true;
    const token = options.bearer ?? (auth ? session.get()?.accessToken : undefined);
    let res = await rawFetch(path, options, token);
    if (res.status === 401 && auth && !options.bearer && session.get()) {
      if (await refresh(token)) res = await rawFetch(path, options, session.get()?.accessToken);
    }
    if (!res.ok) {
      const error = await toApiError(res);
      // the password was reset meanwhile: the change screen takes over
      const current = session.get();
      if (error.code === 'PASSWORD_CHANGE_REQUIRED' && current && !current.passwordChangeRequired) {
        session.set({ ...current, passwordChangeRequired: true });
      }
      throw error;
    }
    return res;
  }

  return {
    request,
    async json(path, schema, options) {
      const res = await request(path, options);
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new ResponseShapeError(path, 'not JSON');
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new ResponseShapeError(path, parsed.error.issues);
      return parsed.data;
    },
    async send(path, options) {
      await request(path, options);
    },
    async blob(path, options) {
      const res = await request(path, options);
      const disposition = res.headers.get('content-disposition') ?? '';
      const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
      return { blob: await res.blob(), filename: match?.[1] ? decodeURIComponent(match[1]) : undefined };
    },
  };
}

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request(name, task) : task();
}

export const api: ApiClient = createApiClient({
  baseUrl: env.VITE_API_BASE_URL,
  apiKey: env.VITE_API_KEY,
  session: sessionStore,
});
