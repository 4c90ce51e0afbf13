import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, ResponseShapeError } from '@gmp/web-shared/client';
import { describeError } from './errors';
import { translate, type Lang } from './i18n';

const t = (lang: Lang) => (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);

describe('describeError', () => {
  it('names each field problem of a validation failure in words', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: 'The request is not valid.', requestId: 'r', details: [
      { field: 'password', code: 'PASSWORD_TOO_SHORT', message: 'password must have at least 10 characters.' },
      { field: 'loginId', code: 'INVALID', message: 'loginId must be …' },
      { field: 'x', code: 'SOMETHING_ELSE', message: 'raw' },
    ] });
    expect(describeError(error, t('ko'))).toBe('입력값을 확인해 주세요. 비밀번호는 10자 이상이어야 합니다. 아이디: 형식이 올바르지 않습니다.');
  });

  it('says until when a locked account is locked', () => {
    const until = new Date(2026, 10, 2, 9, 45).toISOString();
    const error = new ApiError({ status: 429, code: 'ACCOUNT_LOCKED', message: '…', requestId: 'r', details: [{ code: 'ACCOUNT_LOCKED', lockedUntil: until, retryAfterSeconds: 300 }] });
    expect(describeError(error, t('ko'))).toBe('로그인 실패가 반복되어 09:45까지 계정이 잠겼습니다.');
  });

  it('falls back on the status for a code it does not know, and quotes only the request id of a 5xx', () => {
    expect(describeError(new ApiError({ status: 404, code: 'NO_SUCH_THING', message: 'x' }), t('en'))).toBe('The item could not be found.');
    expect(describeError(new ApiError({ status: 500, code: 'INTERNAL_ERROR_X', message: 'java.lang.NullPointerException', requestId: 'req-9' }), t('ko'))).toBe(
      '서버에서 문제가 생겼습니다. 잠시 후 다시 시도해 주세요. (요청 ID: req-9)',
    );
  });

  it('tells a network failure, a timeout and a malformed reply apart', () => {
    expect(describeError(new NetworkError(false, 'fetch failed'), t('ko'))).toBe('서버에 연결할 수 없습니다. 네트워크를 확인해 주세요.');
    expect(describeError(new NetworkError(true, 'aborted'), t('en'))).toBe('The server is taking too long. Try again shortly.');
    expect(describeError(new ResponseShapeError('/v1/x', []), t('ko'))).toContain('서버 응답 형식');
  });
});
