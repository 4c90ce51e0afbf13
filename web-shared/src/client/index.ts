export { ApiError, NetworkError, ResponseShapeError, toApiError, type ApiErrorDetail } from './errors';
