import { ApiError, NetworkError } from '@/lib/api-client';
import { formatTime, translate, type Lang } from '@/lib/i18n';
import type { MessageKey } from '@/lib/messages';

/** API error codes → the sentence a worker reads. Raw codes are never shown. */
const BY_CODE: Record<string, MessageKey> = {
  INVALID_CREDENTIALS: 'error.invalidCredentials',
  TOO_MANY_ATTEMPTS: 'error.tooMany',
  ACCOUNT_LOCKED: 'error.accountLocked',
  ACCOUNT_DISABLED: 'error.accountDisabled',
  USER_DISABLED: 'error.accountDisabled',
  UNAUTHORIZED: 'error.sessionExpired',
  TOKEN_EXPIRED: 'error.sessionExpired',
  INVALID_TOKEN: 'error.sessionExpired',
  SESSION_EXPIRED: 'error.sessionExpired',
  INVALID_REFRESH_TOKEN: 'error.sessionExpired',
  REFRESH_TOKEN_REUSED: 'error.sessionExpired',
  INVALID_API_KEY: 'error.apiKey',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  VALIDATION_FAILED: 'error.validation',
  INVALID_REQUEST: 'error.validation',
  BAD_REQUEST: 'error.validation',
  INVALID_CURSOR: 'error.validation',
  TEMPLATE_MISMATCH: 'checklist.templateChanged',
  TEMPLATE_VERSION_MISMATCH: 'checklist.templateChanged',
  TEMPLATE_CHANGED: 'checklist.templateChanged',
  CONFLICT: 'error.conflict',
  IDEMPOTENCY_CONFLICT: 'error.conflict',
  TOO_MANY_REQUESTS: 'error.tooMany',
  RATE_LIMITED: 'error.tooMany',
  THROTTLED: 'error.tooMany',
  PAYLOAD_TOO_LARGE: 'error.uploadTooLarge',
  IMAGE_TOO_LARGE: 'error.uploadTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'error.unsupportedImage',
  UNSUPPORTED_IMAGE_TYPE: 'error.unsupportedImage',
  INVALID_IMAGE: 'error.unsupportedImage',
  UPLOAD_EXPIRED: 'error.uploadExpired',
  INTERNAL_ERROR: 'error.server',
  SERVICE_UNAVAILABLE: 'error.server',
  UNEXPECTED_RESPONSE: 'error.unexpected',
};

function byStatus(status: number): MessageKey {
  if (status === 401) return 'error.sessionExpired';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 413) return 'error.uploadTooLarge';
  if (status === 415) return 'error.unsupportedImage';
  if (status === 429) return 'error.tooMany';
  if (status >= 500) return 'error.server';
  if (status >= 400) return 'error.validation';
  return 'error.unexpected';
}

/** When the account opens again, wherever the server put it. */
function lockedUntil(error: ApiError): string | undefined {
  const fromExtra = error.extra.lockedUntil;
  if (typeof fromExtra === 'string') return fromExtra;
  for (const detail of error.details) {
    if (typeof detail.lockedUntil === 'string') return detail.lockedUntil;
    if (detail.field === 'lockedUntil' && typeof detail.value === 'string') return detail.value;
  }
  if (error.retryAfterSeconds) return new Date(Date.now() + error.retryAfterSeconds * 1000).toISOString();
  return undefined;
}

export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof NetworkError) {
    return translate(lang, error.timedOut ? 'error.timeout' : 'error.network');
  }
  if (error instanceof ApiError) {
    if (error.code === 'ACCOUNT_LOCKED') {
      const until = lockedUntil(error);
      if (until && !Number.isNaN(Date.parse(until))) {
        return translate(lang, 'error.accountLockedUntil', { time: formatTime(until, lang) });
      }
    }
    return translate(lang, BY_CODE[error.code] ?? byStatus(error.status));
  }
  // fetch rejects with a TypeError when offline before our client could wrap it.
  if (error instanceof TypeError) return translate(lang, 'error.network');
  return translate(lang, 'error.unexpected');
}

/** The request id to quote to support, for server-side failures only. */
export function errorReference(error: unknown): string | undefined {
  return error instanceof ApiError && error.status >= 500 ? error.requestId : undefined;
}
