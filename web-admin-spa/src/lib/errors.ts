import { ApiError, NetworkError, ResponseShapeError } from './api-client';
import { hasMessage, type Translate } from './i18n';

/** A plain sentence for the person in front of the screen; never a raw code or a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t(error.timedOut ? 'error.timeout' : 'error.network');
  if (error instanceof ResponseShapeError) return t('error.BAD_RESPONSE');
  if (error instanceof ApiError) {
    const key = `error.${error.code}`;
    if (hasMessage(key)) return t(key);
    if (error.status >= 500) return t('error.SERVER', { requestId: error.requestId ?? '-' });
    switch (error.status) {
      case 400:
      case 422:
        return t('error.VALIDATION_ERROR');
      case 401:
        return t('error.UNAUTHORIZED');
      case 403:
        return t('error.FORBIDDEN');
      case 404:
        return t('error.NOT_FOUND');
      case 409:
        return t('error.CONFLICT');
      case 429:
        return t('error.RATE_LIMITED');
      default:
        return t('error.UNKNOWN');
    }
  }
  return t('error.unexpected');
}
