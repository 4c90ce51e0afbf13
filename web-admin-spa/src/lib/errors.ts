import { ApiError, NetworkError, ResponseShapeError } from './api-client';
import { hasMessage, type Translate } from './i18n';

type Detail = { field?: unknown; code?: unknown; lockedUntil?: unknown };

function details(error: ApiError): Detail[] {
  return Array.isArray(error.details) ? (error.details as Detail[]).filter((d) => d && typeof d === 'object') : [];
}

/** One sentence per field problem the server named, in the reader's language. */
function describeDetails(error: ApiError, t: Translate): string[] {
  return details(error).flatMap((d) => {
    const key = `detail.${String(d.code)}`;
    if (!hasMessage(key)) return [];
    const fieldKey = `field.${String(d.field)}`;
    return [t(key, { field: hasMessage(fieldKey) ? t(fieldKey) : String(d.field ?? '') })];
  });
}

function hhmm(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A plain sentence for the person in front of the screen; never a raw code or a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t(error.timedOut ? 'error.timeout' : 'error.network');
  if (error instanceof ResponseShapeError) return t('error.BAD_RESPONSE');
  if (!(error instanceof ApiError)) return t('error.unexpected');

  if (error.code === 'ACCOUNT_LOCKED') {
    const until = details(error).find((d) => typeof d.lockedUntil === 'string')?.lockedUntil as string | undefined;
    return until ? t('error.ACCOUNT_LOCKED_UNTIL', { time: hhmm(until) }) : t('error.ACCOUNT_LOCKED');
  }
  const key = `error.${error.code}`;
  let sentence: string;
  if (hasMessage(key)) sentence = t(key);
  else if (error.status >= 500) sentence = t('error.SERVER', { requestId: error.requestId ?? '-' });
  else {
    const byStatus: Record<number, Parameters<Translate>[0]> = {
      400: 'error.VALIDATION_ERROR',
      401: 'error.UNAUTHORIZED',
      403: 'error.FORBIDDEN',
      404: 'error.NOT_FOUND',
      409: 'error.CONFLICT',
      422: 'error.VALIDATION_ERROR',
      429: 'error.RATE_LIMITED',
    };
    sentence = t(byStatus[error.status] ?? 'error.UNKNOWN');
  }
  return [sentence, ...describeDetails(error, t)].join(' ');
}
