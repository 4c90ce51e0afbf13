import type { LocalizedText } from '../api';

/** One problem a 4xx reply names: `field` (an item id, a dotted path) and a code; more on some routes. */
export interface ApiErrorDetail {
  field?: string;
  itemId?: string;
  code?: string;
  /** English, or both languages for refused checklist answers. */
  message?: string | LocalizedText;
  [key: string]: unknown;
}

/** A reply in the API's error envelope `{"error":{code,message,requestId,details}}`, or a bare status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly details: ApiErrorDetail[];
  readonly retryAfterSeconds?: number;
  /** Envelope members beyond code, message, requestId and details (`lockedUntil`, …). */
  readonly extra: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    message?: string;
    requestId?: string;
    details?: ApiErrorDetail[];
    retryAfterSeconds?: number;
    extra?: Record<string, unknown>;
  }) {
    super(init.message ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.extra = init.extra ?? {};
  }
}

/** A 2xx whose body does not match the contract (the generated schema). */
export class ResponseShapeError extends ApiError {
  constructor(
    readonly path: string,
    readonly issues: unknown,
    status = 200,
  ) {
    super({ status, code: 'UNEXPECTED_RESPONSE', message: `Unexpected response shape from ${path}` });
    this.name = 'ResponseShapeError';
  }
}

/** No reply at all: offline, DNS, TLS, connection refused, or the request took too long. */
export class NetworkError extends Error {
  constructor(
    readonly timedOut = false,
    cause?: string,
  ) {
    super(cause ?? (timedOut ? 'Request timed out' : 'Network unreachable'));
    this.name = 'NetworkError';
  }
}

/** Reads the error envelope; a body that is not ours (a proxy's HTML page, an empty 502) gives `HTTP_<status>`. */
export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: fall back to the status
  }
  const { code, message, requestId, details, ...extra } = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
  return new ApiError({
    status: response.status,
    code: typeof code === 'string' ? code : `HTTP_${response.status}`,
    message: typeof message === 'string' ? message : response.statusText || undefined,
    requestId: typeof requestId === 'string' ? requestId : (response.headers.get('x-request-id') ?? undefined),
    details: Array.isArray(details) ? (details as ApiErrorDetail[]).filter((d) => d && typeof d === 'object') : [],
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    extra,
  });
}
