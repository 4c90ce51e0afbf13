import { ApiError, NetworkError } from '../client/errors';

/** What the error sentences need of an app's i18n: its translate function and whether it has a key. */
export interface Sentences {
  t: (key: never, vars?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
}

/**
 * Codes that mean what another code means, for an app that has no sentence of their own: the gateway,
 * older servers and the different routes do not all spell a refusal alike.
 */
const SAME_AS: Record<string, string> = {
  USER_DISABLED: 'ACCOUNT_DISABLED',
  TOKEN_EXPIRED: 'UNAUTHORIZED',
  INVALID_TOKEN: 'UNAUTHORIZED',
  SESSION_EXPIRED: 'UNAUTHORIZED',
  INVALID_REFRESH_TOKEN: 'UNAUTHORIZED',
  REFRESH_TOKEN_REUSED: 'UNAUTHORIZED',
  INVALID_REQUEST: 'VALIDATION_FAILED',
  BAD_REQUEST: 'VALIDATION_FAILED',
  INVALID_CURSOR: 'VALIDATION_FAILED',
  VALIDATION_ERROR: 'VALIDATION_FAILED',
  TEMPLATE_VERSION_MISMATCH: 'TEMPLATE_MISMATCH',
  TEMPLATE_CHANGED: 'TEMPLATE_MISMATCH',
  IDEMPOTENCY_CONFLICT: 'CONFLICT',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_REQUESTS',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  THROTTLED: 'TOO_MANY_REQUESTS',
  IMAGE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_IMAGE_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  INVALID_IMAGE: 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL_ERROR: 'SERVER',
  SERVICE_UNAVAILABLE: 'SERVER',
};

function byStatus(status: number): string {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status >= 500) return 'SERVER';
  return 'VALIDATION_FAILED';
}

/** When a locked account opens again, wherever the server put it. */
function lockedUntil(error: ApiError): string | undefined {
  const candidates: unknown[] = [error.extra.lockedUntil];
  for (const d of error.details) candidates.push(d.lockedUntil, d.field === 'lockedUntil' ? d.value : undefined);
  const found = candidates.find((c): c is string => typeof c === 'string' && !Number.isNaN(Date.parse(c)));
  if (found) return found;
  return error.retryAfterSeconds ? new Date(Date.now() + error.retryAfterSeconds * 1000).toISOString() : undefined;
}

function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** One sentence per field problem the server named, where the app has words for its code. */
function detailSentences(error: ApiError, { t, has }: Sentences): string[] {
  return error.details.flatMap((d) => {
    const key = `detail.${String(d.code)}`;
    if (!has(key)) return [];
    const fieldKey = `field.${String(d.field)}`;
    return [t(key as never, { field: has(fieldKey) ? t(fieldKey as never) : String(d.field ?? '') })];
  });
}

/**
 * A plain sentence for the person in front of the screen, in the app's words: `error.<CODE>` from the
 * app's catalog (or the code it means the same as, or the HTTP status), then a sentence per field
 * problem (`detail.<CODE>` with `field.<name>`). Never a raw code, a stack trace or a server message.
 * Keys the app must have: error.network, error.timeout, error.unexpected, error.SERVER, and
 * error.<CODE> for the codes byStatus names.
 */
export function describeError(error: unknown, sentences: Sentences): string {
  const { t, has } = sentences;
  const say = (key: string, vars?: Record<string, string | number>) => t(key as never, vars);
  if (error instanceof NetworkError) return say(error.timedOut ? 'error.timeout' : 'error.network');
  // fetch rejects with a TypeError when offline, before a client could wrap it
  if (error instanceof TypeError) return say('error.network');
  if (!(error instanceof ApiError)) return say('error.unexpected');

  if (error.code === 'ACCOUNT_LOCKED') {
    const until = lockedUntil(error);
    if (until && has('error.ACCOUNT_LOCKED_UNTIL')) return say('error.ACCOUNT_LOCKED_UNTIL', { time: hhmm(until) });
  }
  const code = [error.code, SAME_AS[error.code]].find((c) => c && has(`error.${c}`));
  const chosen = code ?? (error.status >= 400 ? byStatus(error.status) : undefined);
  const sentence = chosen ? say(`error.${chosen}`, { requestId: error.requestId ?? '-' }) : say('error.unexpected');
  return [sentence, ...detailSentences(error, sentences)].join(' ');
}

/** The request id to quote to support, for server-side failures only. */
export function errorReference(error: unknown): string | undefined {
  return error instanceof ApiError && error.status >= 500 ? error.requestId : undefined;
}
