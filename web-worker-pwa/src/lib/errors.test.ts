import { ApiError, NetworkError } from '@gmp/web-shared/client';
import { errorMessage, errorReference } from './errors';

const api = (status: number, code: string, more: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ status, code, requestId: 'req-1', ...more });

describe('errorMessage', () => {
  it.each([
    [api(401, 'INVALID_CREDENTIALS'), '아이디 또는 비밀번호가 올바르지 않습니다.'],
    [api(403, 'ACCOUNT_DISABLED'), '사용이 중지된 계정입니다. 관리자에게 문의해 주세요.'],
    [api(400, 'VALIDATION_FAILED'), '입력한 내용을 확인해 주세요.'],
    [api(429, 'TOO_MANY_REQUESTS'), '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.'],
    [api(500, 'INTERNAL_ERROR'), '서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.'],
    [api(401, 'SESSION_EXPIRED'), '로그인이 만료되었습니다. 다시 로그인해 주세요.'],
    [new NetworkError(), '네트워크에 연결할 수 없습니다. 연결을 확인한 뒤 다시 시도해 주세요.'],
    [new NetworkError(true), '응답이 너무 늦습니다. 신호가 좋은 곳에서 다시 시도해 주세요.'],
    [new TypeError('Failed to fetch'), '네트워크에 연결할 수 없습니다. 연결을 확인한 뒤 다시 시도해 주세요.'],
  ])('turns %s into a plain Korean sentence', (error, expected) => {
    expect(errorMessage(error, 'ko')).toBe(expected);
  });

  it('speaks English when asked', () => {
    expect(errorMessage(api(401, 'INVALID_CREDENTIALS'), 'en')).toBe('The login ID or password is incorrect.');
  });

  it('says until when a locked account stays locked', () => {
    const until = new Date(2026, 2, 2, 14, 35).toISOString();
    const message = errorMessage(api(423, 'ACCOUNT_LOCKED', { extra: { lockedUntil: until } }), 'ko');
    expect(message).toBe('로그인 시도가 너무 많아 계정이 잠겼습니다. 14:35 이후에 다시 시도해 주세요.');
  });

  it('finds lockedUntil in the details too, and does without it', () => {
    const until = new Date(2026, 2, 2, 9, 5).toISOString();
    expect(errorMessage(api(423, 'ACCOUNT_LOCKED', { details: [{ lockedUntil: until }] }), 'ko')).toContain('09:05');
    expect(errorMessage(api(423, 'ACCOUNT_LOCKED'), 'ko')).toBe(
      '로그인 시도가 너무 많아 계정이 잠겼습니다. 잠시 후 다시 시도해 주세요.',
    );
  });

  it('falls back on the HTTP status for a code it does not know, never showing the code', () => {
    const message = errorMessage(api(503, 'SOMETHING_NEW_AND_ODD'), 'ko');
    expect(message).toBe('서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.');
    expect(message).not.toMatch(/[A-Z]{3,}_/);
    expect(errorMessage(api(404, 'PASS_GONE'), 'ko')).toBe('요청한 정보를 찾을 수 없습니다.');
    expect(errorMessage(new Error('boom'), 'ko')).toBe('알 수 없는 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.');
  });

  it('offers the request id only for server faults', () => {
    expect(errorReference(api(500, 'INTERNAL_ERROR'))).toBe('req-1');
    expect(errorReference(api(400, 'VALIDATION_FAILED'))).toBeUndefined();
  });
});
