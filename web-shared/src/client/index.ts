export { ApiError, NetworkError, ResponseShapeError, toApiError, type ApiErrorDetail } from './errors';
export { zApiBaseUrl } from './config';
export { createApiClient, type ApiClient, type ApiClientConfig, type Query, type RequestOptions } from './api-client';
export { createSessionStore, type SessionOptions, type SessionSnapshot, type SessionStore, type SignOutReason } from './session';
export { sessionHooks } from './session-hooks';
