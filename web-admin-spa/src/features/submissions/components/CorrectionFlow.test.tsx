import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '@gmp/web-shared/api';
import { API, apiError, contractSubmission, GLOVES_OVER_COVERED_WOUND } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';

const ORIGINAL = 'a'.repeat(64);
const FIX = 'b'.repeat(64);

const approval: Review = {
  signatureStatus: 'VALID',
  decision: 'APPROVE',
  conditions: [],
  note: '상처 확인함',
  reviewedBy: 'u-admin',
  reviewedAt: '2026-11-02T06:00:00Z',
  previousVerdict: 'PENDING_REVIEW',
  verdict: 'PASS',
  signature: {
    signerId: 'u-admin',
    signerName: '김검토',
    signedAt: '2026-11-02T06:00:00Z',
    meaning: 'APPROVAL',
    meaningText: { ko: '검토 승인', en: 'Approved on review' },
    recordType: 'SUBMISSION_REVIEW',
    recordId: 'sub-9#review-0',
    recordHash: 'c'.repeat(64),
    hash: ORIGINAL,
  },
};

const correction: Review = {
  signatureStatus: 'VALID',
  decision: 'REJECT',
  conditions: [],
  note: '사진 재확인 — 고름 보임',
  reviewedBy: 'u-qa',
  reviewedAt: '2026-11-02T06:40:00Z',
  previousVerdict: 'PASS',
  verdict: 'FAIL',
  signature: {
    signerId: 'u-qa',
    signerName: '이품질',
    signedAt: '2026-11-02T06:40:00Z',
    meaning: 'CORRECTION',
    meaningText: { ko: '기록 정정', en: 'Correction of a signed record' },
    recordType: 'SUBMISSION_REVIEW',
    recordId: 'sub-9#review-1',
    recordHash: 'd'.repeat(64),
    corrects: ORIGINAL,
    hash: FIX,
  },
};

const decided = contractSubmission({
  id: 'sub-9',
  workerId: 'w-7',
  submittedAt: '2026-11-02T05:50:00Z',
  verdict: 'PASS',
  review: approval,
  reviews: [approval],
  reviewConditions: [GLOVES_OVER_COVERED_WOUND],
});

let sent: unknown[];
let current: typeof decided;

beforeEach(() => {
  signInAsAdmin();
  sent = [];
  current = decided;
  server.use(
    http.get(`${API}/v1/checklist/submissions/sub-9`, () => HttpResponse.json(current)),
    http.post(`${API}/v1/checklist/submissions/sub-9/review/corrections`, async ({ request }) => {
      sent.push(await request.json());
      current = { ...decided, verdict: 'FAIL', review: correction, reviews: [approval, correction] };
      return HttpResponse.json(current);
    }),
  );
});

describe('correcting a signed decision', () => {
  it('asks for a reason and the password, sends the correction naming the original, and shows both decisions', async () => {
    const { user } = renderApp('/review/sub-9');
    const history = await screen.findByTestId('decision-history');
    expect(within(history).getByTestId('decision-0')).toHaveTextContent('김검토');
    expect(screen.queryByTestId('review-form')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('review-correct'));
    const form = screen.getByTestId('correction-form');
    expect(form).toHaveTextContent('결정 정정 (전자서명)');
    await user.click(within(form).getByTestId('decision-REJECT'));
    await user.click(within(form).getByTestId('review-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('정정 사유를 적어 주세요.');
    await user.type(within(form).getByTestId('review-note'), '사진 재확인 — 고름 보임');
    await user.click(within(form).getByTestId('review-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('서명하려면 비밀번호를 입력해 주세요.');
    expect(sent).toHaveLength(0);
    await user.type(within(form).getByTestId('review-password'), 'admin1234!');
    await user.click(within(form).getByTestId('review-submit'));

    await waitFor(() =>
      expect(sent).toEqual([{ corrects: ORIGINAL, decision: 'REJECT', reason: '사진 재확인 — 고름 보임', password: 'admin1234!' }]),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('정정을 저장했습니다.');
    const after = screen.getByTestId('decision-history');
    // the original stays as it was signed; the correction follows it and names it
    expect(within(after).getByTestId('decision-0')).toHaveTextContent('김검토');
    expect(within(after).getByTestId('decision-0')).toHaveTextContent('검토 승인');
    expect(within(after).getByTestId('decision-1')).toHaveTextContent('이품질');
    expect(within(after).getByTestId('decision-1')).toHaveTextContent('기록 정정');
    expect(within(after).getByTestId('decision-1')).toHaveTextContent(`앞 결정(서명 ${ORIGINAL.slice(0, 12)}…)을 정정`);
    expect(screen.queryByTestId('correction-form')).not.toBeInTheDocument();
  });

  it('sends the corrected conditions with an approval with conditions', async () => {
    const { user } = renderApp('/review/sub-9');
    await user.click(await screen.findByTestId('review-correct'));
    await user.click(screen.getByTestId('decision-APPROVE_WITH_CONDITIONS'));
    await user.click(screen.getByTestId('condition-GLOVES_OVER_COVERED_WOUND'));
    await user.type(screen.getByTestId('review-note'), '장갑 조건 누락');
    await user.type(screen.getByTestId('review-password'), 'admin1234!');
    await user.click(screen.getByTestId('review-submit'));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          corrects: ORIGINAL,
          decision: 'APPROVE_WITH_CONDITIONS',
          conditions: ['GLOVES_OVER_COVERED_WOUND'],
          reason: '장갑 조건 누락',
          password: 'admin1234!',
        },
      ]),
    );
  });

  it('says so when another correction landed first', async () => {
    server.use(
      http.post(`${API}/v1/checklist/submissions/sub-9/review/corrections`, () => apiError(409, 'ALREADY_CORRECTED')),
    );
    const { user } = renderApp('/review/sub-9');
    await user.click(await screen.findByTestId('review-correct'));
    await user.click(screen.getByTestId('decision-REJECT'));
    await user.type(screen.getByTestId('review-note'), '착오');
    await user.type(screen.getByTestId('review-password'), 'admin1234!');
    await user.click(screen.getByTestId('review-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('그 결정은 방금 다른 정정이 기록되었습니다.');
    expect(screen.getByTestId('review-password')).toHaveValue('');
  });

  it('offers no correction of a decision whose signature does not verify', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions/sub-9`, () =>
        HttpResponse.json({ ...decided, review: { ...approval, signatureStatus: 'TAMPERED' }, reviews: [{ ...approval, signatureStatus: 'TAMPERED' }] }),
      ),
    );
    renderApp('/review/sub-9');
    expect(await screen.findByTestId('signature-0')).toHaveTextContent('서명 검증 실패');
    expect(screen.queryByTestId('review-correct')).not.toBeInTheDocument();
  });
});
