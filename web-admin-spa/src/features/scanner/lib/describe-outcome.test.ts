import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '@/lib/i18n';
import { zGateRejectionReason, type GateRejectionReason } from '@gmp/web-shared/api';
import { contractVerifyResult, GLOVES_OVER_COVERED_WOUND } from '@/testing/handlers';
import { signInAsAdmin } from '@/testing/session';
import { describeOutcome } from './describe-outcome';
import { outcomeFromOffline, outcomeFromServer } from './scan-outcome';

const t = (lang: Lang) => (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);

describe('describeOutcome', () => {
  it('shows a conditional entry in amber, naming the conditions, and waits for the guard', () => {
    const outcome = outcomeFromServer(
      contractVerifyResult({
        result: 'ACCEPTED',
        worker: { id: 'w1', displayName: '김민수', department: '포장' },
        pass: {
          id: 'p',
          verdict: 'CONDITIONAL_PASS',
          conditions: [GLOVES_OVER_COVERED_WOUND, { code: 'X', message: { ko: '특수 조건', en: 'Special condition' } }],
          zones: ['PACKING', 'WAREHOUSE'],
        },
        logId: 'l',
      }),
      's1',
      'IN',
    );
    expect(describeOutcome(outcome, 'ko', t('ko'))).toEqual({
      tone: 'warn',
      state: 'conditional',
      title: '조건부 입장',
      workerName: '김민수',
      department: '포장',
      lines: [GLOVES_OVER_COVERED_WOUND.message.ko, '특수 조건'],
      zones: '허용 구역: PACKING, WAREHOUSE',
      provisionalNote: undefined,
    });
  });

  it('shows a plain pass in green', () => {
    const outcome = outcomeFromServer(
      contractVerifyResult({ result: 'ACCEPTED', worker: { id: 'w1', displayName: '김민수' }, pass: { id: 'p', verdict: 'PASS', conditions: [] } }),
      's1',
      'IN',
    );
    expect(describeOutcome(outcome, 'ko', t('ko'))).toMatchObject({ tone: 'ok', state: 'accepted', title: '입장 허용' });
  });

  it('shows anti-passback in amber with its one-tap fix, not as a health refusal', () => {
    const inside = outcomeFromServer(
      contractVerifyResult({ result: 'REJECTED', reason: 'ALREADY_INSIDE', worker: { id: 'w1', displayName: '이영희', department: '조리' }, logId: 'l' }),
      's1',
      'IN',
    );
    const noEntry = outcomeFromServer(contractVerifyResult({ result: 'REJECTED', reason: 'NOT_INSIDE', worker: { id: 'w1' } }), 's2', 'OUT');
    expect(describeOutcome(inside, 'ko', t('ko'))).toMatchObject({
      tone: 'warn',
      state: 'passback',
      title: '이미 입장 중으로 기록됨',
      lines: ['이미 입장한 작업자입니다 (퇴장 기록 없음)'],
      fix: 'EXIT_THEN_ENTER',
    });
    expect(describeOutcome(noEntry, 'ko', t('ko'))).toMatchObject({ tone: 'warn', state: 'exit', fix: 'LOG_EXIT' });
  });

  it('is never red on an exit, and red for a pass that must not go in', () => {
    const expiredExit = outcomeFromServer(contractVerifyResult({ result: 'REJECTED', reason: 'EXPIRED', worker: { id: 'w1' } }), 's', 'OUT');
    const revokedEntry = outcomeFromServer(contractVerifyResult({ result: 'REJECTED', reason: 'REVOKED', worker: { id: 'w1' } }), 's', 'IN');
    expect(describeOutcome(expiredExit, 'ko', t('ko'))).toMatchObject({ tone: 'warn', fix: undefined });
    const refused = describeOutcome(revokedEntry, 'ko', t('ko'));
    expect(refused).toMatchObject({ tone: 'bad', title: '출입 불가' });
    expect(refused.fix).toBeUndefined();
  });

  it('turns every contract reason into a sentence, and an unknown one into a readable fallback', () => {
    for (const reason of zGateRejectionReason.options) {
      const view = describeOutcome(outcomeFromServer(contractVerifyResult({ result: 'REJECTED', reason }), 's', 'IN'), 'ko', t('ko'));
      expect(view.lines[0]).not.toContain(reason);
    }
    const odd = describeOutcome(outcomeFromServer(contractVerifyResult({ result: 'REJECTED', reason: 'SOMETHING_NEW' as GateRejectionReason }), 's', 'IN'), 'ko', t('ko'));
    expect(odd.lines[0]).toBe('출입증을 확인할 수 없습니다 (SOMETHING_NEW).');
  });

  it('marks an offline decision as provisional and names the worker by id', () => {
    const outcome = outcomeFromOffline(
      {
        ok: true,
        claims: { iss: 'i', sub: 'w-7', jti: 'p', sid: 's', site: 's', iat: 1, nbf: 1, exp: 2_000_000_000, v: 'PASS', cnd: [], zones: [] },
      },
      's1',
      'OUT',
    );
    const view = describeOutcome(outcome, 'ko', t('ko'));
    expect(view).toMatchObject({ tone: 'ok', title: '퇴장 확인', workerName: '작업자 ID w-7', provisionalNote: '오프라인 확인 — 동기화 후 확정' });
  });

  it('names an offline pass\'s conditions in the words the server last sent for them at this site, and keeps none of its own', () => {
    signInAsAdmin();
    const offline = (cnd: string[]) =>
      describeOutcome(
        outcomeFromOffline(
          { ok: true, claims: { iss: 'i', sub: 'w-7', jti: 'p', sid: 's', site: 'demo-site', iat: 1, nbf: 1, exp: 2_000_000_000, v: 'CONDITIONAL_PASS', cnd, zones: [] } },
          's2',
          'IN',
        ),
        'ko',
        t('ko'),
      ).lines;
    // never worded by the server here: the code, not a sentence the app made up
    expect(offline(['GLOVES_OVER_COVERED_WOUND'])).toEqual(['GLOVES_OVER_COVERED_WOUND']);

    // online, a reply worded it (the pass's own pack)
    const online = outcomeFromServer(
      contractVerifyResult({ result: 'ACCEPTED', worker: { id: 'w1' }, pass: { id: 'p', verdict: 'CONDITIONAL_PASS', conditions: [GLOVES_OVER_COVERED_WOUND], zones: [] }, logId: 'l' }),
      's1',
      'IN',
    );
    describeOutcome(online, 'ko', t('ko'));
    expect(offline(['GLOVES_OVER_COVERED_WOUND', 'NOT_WORDED'])).toEqual([GLOVES_OVER_COVERED_WOUND.message.ko, 'NOT_WORDED']);
    // and after a reload (the gate tablet restarted offline)
    expect(JSON.parse(localStorage.getItem('gmp-admin.condition-words.demo-site')!)).toEqual({
      GLOVES_OVER_COVERED_WOUND: GLOVES_OVER_COVERED_WOUND.message,
    });
  });

  it('speaks English when asked', () => {
    const view = describeOutcome(outcomeFromServer(contractVerifyResult({ result: 'REJECTED', reason: 'EXPIRED' }), 's', 'IN'), 'en', t('en'));
    expect(view.title).toBe('Entry refused');
    expect(view.lines[0]).toMatch(/expired/);
  });
});
