import type { z } from 'zod';
import { env } from '@/config/env';
import { session } from '@/lib/session';
import { zSession } from '@gmp/web-shared/api';
import { ApiError, NetworkError, toApiError } from '@gmp/web-shared/client';

export { ApiError, NetworkError, type ApiErrorDetail } from '@gmp/web-shared/client';

export interface RequestOptions<S extends z.ZodTypeAny | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Validates the reply; omit for 204 replies. */
  schema?: S;
  /** Send the bearer token (all routes but login and refresh). */
  auth?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

export async function apiRequest<S extends z.ZodTypeAny | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<S extends z.ZodTypeAny ? z.infer<S> : void> {
  const auth = options.auth ?? true;
  let token = auth ? await ensureAccessToken() : null;
  let response = await send(path, options, token);
  if (auth && response.status === 401) {
    token = await refreshAccessToken();
    response = await send(path, options, token);
    if (response.status === 401) session.clear('expired');
  }
  try {
    return (await parseResponse(response, options.schema)) as never;
  } catch (error) {
    // an admin reset the password meanwhile: the change screen takes over
    if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED') session.requirePasswordChange();
    throw error;
  }
}

function buildUrl(path: string, query?: RequestOptions<undefined>['query']): string {
  const url = `${env.API_BASE_URL}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

async function send(
  path: string,
  options: RequestOptions<z.ZodTypeAny | undefined>,
  token: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { 'x-api-key': env.API_KEY, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(timedOut);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function parseResponse(response: Response, schema?: z.ZodTypeAny): Promise<unknown> {
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || !schema) return undefined;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError({ status: response.status, code: 'UNEXPECTED_RESPONSE' });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: parsed.error.message,
    });
  }
  return parsed.data;
}

// ---- tokens ----------------------------------------------------------------------------------

let refreshing: Promise<string | null> | null = null;

async function ensureAccessToken(): Promise<string | null> {
  const token = session.accessToken();
  if (token) return token;
  if (!session.get()) return null;
  return refreshAccessToken();
}

/**
 * Exchanges the refresh token (the HttpOnly cookie the browser sends along) for new tokens.
 * Single-flight: refresh tokens rotate and the server revokes the whole family when an old one is
 * presented twice, so parallel 401s must share one call.
 */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= doRefresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function doRefresh(): Promise<string | null> {
  const current = session.get();
  if (!current) return null;
  const response = await send('/auth/refresh', { method: 'POST' }, null);
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    // The refresh token is spent, revoked or expired: the worker has to sign in again.
    session.clear('expired');
    throw new ApiError({ status: 401, code: 'SESSION_EXPIRED' });
  }
  const tokens = (await parseResponse(response, zSession)) as z.infer<
    typeof zSession
  >;
  session.start(tokens);
  return tokens.accessToken;
}
