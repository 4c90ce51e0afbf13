import * as z from 'zod/mini';
import { zSession } from '../api';
import { ApiError, NetworkError, ResponseShapeError, toApiError } from './errors';
import type { SessionStore } from './session';

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  /** GET, or POST when there is a body. */
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
}

export interface ApiClient {
  /** The reply when it is a 2xx; otherwise throws ApiError (NetworkError when there is no reply). */
  request(path: string, options?: RequestOptions): Promise<Response>;
  /** The reply's body checked against its generated schema (ResponseShapeError when it does not match). */
  json<S extends z.core.$ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  send(path: string, options?: RequestOptions): Promise<void>;
  blob(path: string, options?: RequestOptions): Promise<{ blob: Blob; filename?: string }>;
  /** A usable access token, refreshed first when it ran out (for what cannot go through `request`: a WebSocket URL). */
  accessToken(): Promise<string | null>;
  /**
   * Sees every reply the API gives (the refresh's too) before it is read: its status and headers, e.g.
   * the `Date` header for a clock correction. A listener that throws is ignored. Returns the unsubscribe.
   */
  onResponse(listener: (response: Response) => void): () => void;
}

export interface ApiClientConfig {
  /**
   * Where the API is: its origin, '' for the page's own (local-api and CloudFront both serve `/v1/*`
   * beside the apps). Paths are the contract's own, `/v1/...` as in docs/openapi.yaml.
   */
  baseUrl: string;
  apiKey: string;
  session: SessionStore;
  /** Names the Web Lock that lets one tab of the app refresh at a time. */
  lockName: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

const REFRESH_PATH = '/v1/auth/refresh';

export function createApiClient(config: ApiClientConfig): ApiClient {
  const { apiKey, session, lockName } = config;
  const doFetch: typeof fetch = (...args) => (config.fetchImpl ?? globalThis.fetch)(...args);
  const defaultTimeoutMs = config.timeoutMs ?? 15_000;
  const listeners = new Set<(response: Response) => void>();
  let refreshing: Promise<string | null> | null = null;

  function url(path: string, query?: Query): string {
    const u = new URL(config.baseUrl.replace(/\/+$/, '') + path, globalThis.location?.origin ?? 'http://localhost');
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, String(v));
    }
    return u.toString();
  }

  async function rawFetch(path: string, options: RequestOptions, accessToken: string | null): Promise<Response> {
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
    let response: Response;
    try {
      response = await doFetch(url(path, options.query), {
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
    for (const listener of listeners) {
      try {
        listener(response);
      } catch {
        // an observer never breaks a request
      }
    }
    return response;
  }

  /**
   * Trades the refresh cookie for new tokens, one at a time in this page and across the app's tabs
   * (Web Locks where the browser has them): refresh tokens rotate, and a spent one presented again
   * ends every session of the login. Whoever waited uses what the one before it got.
   */
  function refresh(failedToken: string | null): Promise<string | null> {
    refreshing ??= withLock(lockName, async () => {
      if (!session.reload()) return null;
      const fresh = session.accessToken();
      if (fresh && fresh !== failedToken) return fresh; // another tab or call refreshed meanwhile
      const res = await rawFetch(REFRESH_PATH, { method: 'POST' }, null);
      if (res.status === 400 || res.status === 401 || res.status === 403) {
        // spent, revoked or expired: sign in again
        session.clear('expired');
        throw new ApiError({ status: 401, code: 'SESSION_EXPIRED' });
      }
      const tokens = await parse(res, REFRESH_PATH, zSession);
      session.start(tokens);
      return tokens.accessToken;
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function currentToken(): Promise<string | null> {
    const token = session.accessToken();
    if (token || !session.get()) return token;
    return refresh(null); // a reloaded page (the token lived in memory) or one about to run out
  }

  async function request(path: string, options: RequestOptions = {}): Promise<Response> {
    const auth = options.auth ?? true;
    let token = options.bearer ?? (auth ? await currentToken() : null);
    let res = await rawFetch(path, options, token);
    if (res.status === 401 && auth && !options.bearer && session.get()) {
      token = await refresh(token);
      if (token) {
        res = await rawFetch(path, options, token);
        if (res.status === 401) session.clear('expired');
      }
    }
    if (!res.ok) {
      const error = await toApiError(res);
      // the password was reset meanwhile: the change screen takes over
      if (error.code === 'PASSWORD_CHANGE_REQUIRED') session.requirePasswordChange();
      throw error;
    }
    return res;
  }

  return {
    request,
    async json(path, schema, options) {
      return parse(await request(path, options), path, schema);
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
    accessToken: currentToken,
    onResponse(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

async function parse<S extends z.core.$ZodType>(res: Response, path: string, schema: S): Promise<z.infer<S>> {
  if (!res.ok) throw await toApiError(res);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ResponseShapeError(path, 'not JSON', res.status);
  }
  // zod/mini's function, which takes classic and mini schemas alike
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new ResponseShapeError(path, parsed.error.issues, res.status);
  return parsed.data;
}

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request(name, task) : task();
}
