import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API, apiError, contractAnalysis, contractSubmission, GLOVES_OVER_COVERED_WOUND } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';

const pending = contractSubmission({
  id: 'sub-1',
  workerId: 'w-7',
  submittedAt: '2026-11-02T05:50:00Z',
  verdict: 'PENDING_REVIEW',
  reasons: [
    {
      ruleId: 'kr-food-haccp/wound-photo-review',
      message: { ko: '손 상처 사진을 관리자가 확인해야 합니다.', en: 'A supervisor must look at the wound photo.' },
      citation: { kind: 'SITE_POLICY', source: '사업장 기준', verified: true },
    },
  ],
  conditions: [],
  photos: [{ itemId: 'hand_wound_photo', imageKey: 'uploads/w-7/abc.jpg', analysisId: 'an-1' }],
  // what the case's own pack lets a reviewer attach, in its words (the server sends it to an admin)
  reviewConditions: [GLOVES_OVER_COVERED_WOUND],
});

const analysis = contractAnalysis({
  id: 'an-1',
  status: 'COMPLETED',
  modelId: 'us.anthropic.claude-haiku',
  imageUrl: 'http://localhost:3000/images/abc.jpg?X-Amz-Signature=sig',
  assessment: {
    imageUsable: true,
    woundPresent: true,
    woundType: 'CUT',
    location: 'FINGER',
    severity: 'MINOR',
    infectionSigns: false,
    bleeding: false,
    covered: true,
    coverType: 'WATERPROOF_DRESSING',
    confidence: 0.82,
    summary: '검지에 작은 베인 상처, 방수 밴드로 덮여 있음',
  },
});

let reviews: unknown[];
let reviewed: boolean;

beforeEach(() => {
  signInAsAdmin();
  reviews = [];
  reviewed = false;
  server.use(
    http.get(`${API}/v1/checklist/submissions`, ({ request }) => {
      const verdict = new URL(request.url).searchParams.get('verdict');
      if (verdict === 'FAIL') return HttpResponse.json({ items: [] });
      expect(verdict).toBe('PENDING_REVIEW');
      return HttpResponse.json({ items: reviewed ? [] : [pending] });
    }),
    // submissions carry only the worker id; the name comes from the site's user list
    http.get(`${API}/v1/auth/users`, () =>
      HttpResponse.json({
        items: [{ id: 'w-7', loginId: 'worker7', displayName: '최수진', role: 'WORKER', siteId: 'demo-site', department: '포장', status: 'ACTIVE' }],
      }),
    ),
    http.get(`${API}/v1/checklist/submissions/sub-1`, () => HttpResponse.json(pending)),
    http.get(`${API}/v1/ai/analyses/an-1`, () => HttpResponse.json(analysis)),
    http.post(`${API}/v1/checklist/submissions/sub-1/review`, async ({ request }) => {
      reviews.push(await request.json());
      reviewed = true;
      const review = {
        signatureStatus: 'VALID',
        decision: 'APPROVE_WITH_CONDITIONS',
        conditions: [GLOVES_OVER_COVERED_WOUND],
        note: 'ok',
        reviewedBy: 'u-admin',
        reviewedAt: '2026-11-02T06:00:00Z',
        previousVerdict: 'PENDING_REVIEW',
        verdict: 'CONDITIONAL_PASS',
      };
      return HttpResponse.json({ ...pending, verdict: 'CONDITIONAL_PASS', review, reviews: [review] });
    }),
  );
});

describe('review queue', () => {
  it('opens a pending case with the photo and the model assessment, approves it with conditions, and returns to an empty queue', async () => {
    const { user } = renderApp('/review');
    const queue = await screen.findByTestId('review-queue');
    expect(await within(queue).findByText('최수진')).toBeInTheDocument();
    expect(within(queue).getByText('손 상처 사진을 관리자가 확인해야 합니다.')).toBeInTheDocument();

    await user.click(screen.getByTestId('review-open-sub-1'));
    expect(await screen.findByTestId('review-photo')).toHaveAttribute('src', analysis.imageUrl);
    const assessment = screen.getByTestId('assessment');
    expect(assessment).toHaveTextContent('CUT');
    expect(assessment).toHaveTextContent('82%');
    expect(assessment).toHaveTextContent('검지에 작은 베인 상처, 방수 밴드로 덮여 있음');
    expect(screen.getByText(/us\.anthropic\.claude-haiku/)).toBeInTheDocument();

    await user.click(screen.getByTestId('decision-APPROVE_WITH_CONDITIONS'));
    await user.click(screen.getByTestId('review-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('조건부 승인에는 조건을 하나 이상 골라 주세요.');
    expect(reviews).toHaveLength(0);

    await user.click(screen.getByTestId('condition-GLOVES_OVER_COVERED_WOUND'));
    await user.type(screen.getByTestId('review-note'), '방수 밴드 확인, 장갑 착용 지시');
    await user.click(screen.getByTestId('review-submit'));
    // the decision is signed: nothing is sent until the reviewer re-enters their password
    expect(screen.getByRole('alert')).toHaveTextContent('서명하려면 비밀번호를 입력해 주세요.');
    expect(reviews).toHaveLength(0);
    await user.type(screen.getByTestId('review-password'), 'admin1234!');
    await user.click(screen.getByTestId('review-submit'));

    await waitFor(() =>
      expect(reviews).toEqual([
        {
          decision: 'APPROVE_WITH_CONDITIONS',
          conditions: ['GLOVES_OVER_COVERED_WOUND'],
          note: '방수 밴드 확인, 장갑 착용 지시',
          password: 'admin1234!',
        },
      ]),
    );
    expect(await screen.findByText('검토 결과를 저장했습니다.')).toBeInTheDocument();
    expect(await screen.findByText('검토할 제출이 없습니다.')).toBeInTheDocument();
  });

  it('asks for a note before rejecting, then sends the rejection', async () => {
    const { user } = renderApp('/review/sub-1');
    await user.click(await screen.findByTestId('decision-REJECT'));
    await user.click(screen.getByTestId('review-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('반려할 때는 사유를 적어 주세요.');
    await user.type(screen.getByTestId('review-note'), '감염 징후 의심, 의사 확인 필요');
    await user.type(screen.getByTestId('review-password'), 'admin1234!');
    await user.click(screen.getByTestId('review-submit'));
    await waitFor(() =>
      expect(reviews).toEqual([{ decision: 'REJECT', note: '감염 징후 의심, 의사 확인 필요', password: 'admin1234!' }]),
    );
  });

  it('says the password was wrong and keeps the decision unsaved', async () => {
    server.use(
      http.post(`${API}/v1/checklist/submissions/sub-1/review`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'VALIDATION_FAILED',
              message: 'password is not your password',
              requestId: 'req-test',
              details: [{ field: 'password', code: 'WRONG_PASSWORD', message: 'no' }],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp('/review/sub-1');
    await user.click(await screen.findByTestId('decision-APPROVE'));
    await user.type(screen.getByTestId('review-password'), 'wrong-one');
    await user.click(screen.getByTestId('review-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('비밀번호가 맞지 않습니다. 결정은 저장되지 않았습니다.');
    expect(screen.getByTestId('review-password')).toHaveValue('');
  });

  it('says so plainly when someone else decided first', async () => {
    server.use(http.post(`${API}/v1/checklist/submissions/sub-1/review`, () => apiError(409, 'CONFLICT')));
    const { user } = renderApp('/review/sub-1');
    await user.click(await screen.findByTestId('decision-APPROVE'));
    await user.type(screen.getByTestId('review-password'), 'admin1234!');
    await user.click(screen.getByTestId('review-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('이미 처리되었거나 다른 사람이 변경했습니다.');
  });

  it('shows the assessment recorded with the verdict and the answers with their labels', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions/sub-1`, () =>
        HttpResponse.json({
          ...pending,
          photos: [{ itemId: 'hand_wound_photo', imageKey: 'uploads/w-7/abc.jpg' }],
          assessments: [{ itemId: 'hand_wound_photo', imageKey: 'uploads/w-7/abc.jpg', source: 'MODEL', modelId: 'm-1', assessment: analysis.assessment }],
          answers: { temperature: 36.6, hand_wound: true },
        }),
      ),
    );
    renderApp('/review/sub-1');
    expect(await screen.findByTestId('assessment')).toHaveTextContent('WATERPROOF_DRESSING');
    const answers = await screen.findByTestId('answers');
    await waitFor(() => expect(answers).toHaveTextContent('체온36.6 °C'));
    expect(answers).toHaveTextContent('손에 상처가 있나요?예');
  });

  it('lists re-screen lockouts apart, for reinstatement', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions`, ({ request }) =>
        new URL(request.url).searchParams.get('verdict') === 'FAIL'
          ? HttpResponse.json({
              items: [
                { ...pending, id: 'sub-2', verdict: 'FAIL', lockedOut: true, reasons: [] },
                { ...pending, id: 'sub-3', verdict: 'FAIL', lockedOut: false, reasons: [] },
              ],
            })
          : HttpResponse.json({ items: [] }),
      ),
    );
    renderApp('/review');
    const lockouts = await screen.findByTestId('review-lockouts');
    expect(within(lockouts).getByTestId('review-open-sub-2')).toBeInTheDocument();
    expect(within(lockouts).queryByTestId('review-open-sub-3')).not.toBeInTheDocument();
    expect(screen.getByText('검토할 제출이 없습니다.')).toBeInTheDocument();
  });

  it('says why the model gave no usable assessment, and offers the pack\'s own conditions', async () => {
    server.use(
      http.get(`${API}/v1/ai/analyses/an-1`, () =>
        HttpResponse.json({
          ...analysis,
          status: 'NEEDS_REVIEW',
          reason: 'LOW_CONFIDENCE',
          reasonMessage: { ko: '판독 신뢰도 0.41: 기준 0.70 미만', en: 'Confidence 0.41 below 0.70' },
        }),
      ),
      // another pack words the same code otherwise: the form shows the case's words
      http.get(`${API}/v1/checklist/submissions/sub-1`, () =>
        HttpResponse.json({
          ...pending,
          reviewConditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: { ko: '방수 밴드 위에 장갑 착용', en: 'Glove over a covered wound' } }],
        }),
      ),
    );
    const { user } = renderApp('/review/sub-1');
    expect(await screen.findByTestId('analysis-reason')).toHaveTextContent('판독 신뢰도 0.41: 기준 0.70 미만');
    await user.click(screen.getByTestId('decision-APPROVE_WITH_CONDITIONS'));
    expect(await screen.findByText('방수 밴드 위에 장갑 착용')).toBeInTheDocument();
    expect(screen.queryByTestId('condition-NO_DIRECT_PRODUCT_CONTACT')).not.toBeInTheDocument();
  });

  it('offers no condition of its own when the server sends none', async () => {
    server.use(
      // the template still lists the site's conditions: the form offers only what the case's reply offers
      http.get(`${API}/v1/checklist/submissions/sub-1`, () => HttpResponse.json({ ...pending, reviewConditions: undefined })),
    );
    const { user } = renderApp('/review/sub-1');
    await user.click(await screen.findByTestId('decision-APPROVE_WITH_CONDITIONS'));
    expect(await screen.findByTestId('conditions-unavailable')).toHaveTextContent('서버에서 조건 목록을 받지 못했습니다.');
    expect(screen.queryByTestId('condition-GLOVES_OVER_COVERED_WOUND')).not.toBeInTheDocument();
  });

  it('shows the case without a photo when there is no analysis', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions/sub-1`, () => HttpResponse.json({ ...pending, photos: [{ itemId: 'hand_wound_photo', imageKey: 'k' }] })),
    );
    renderApp('/review/sub-1');
    expect(await screen.findByText('이 사진에는 AI 판독이 없습니다 (수동 검토).')).toBeInTheDocument();
    expect(screen.getByTestId('review-form')).toBeInTheDocument();
  });
});

describe('review answers and photo', () => {
  const rows = [
    { itemId: 'temperature', label: { ko: '체온', en: 'Temperature' }, type: 'NUMBER', value: 38.2, unit: '°C', abnormal: true },
    { itemId: 'vomiting', label: { ko: '구토 증상이 있습니까?', en: 'Vomiting?' }, type: 'BOOLEAN', value: false, abnormal: false },
    { itemId: 'hand_wound', label: { ko: '손에 상처가 있나요?', en: 'Hand wound?' }, type: 'BOOLEAN', value: true, abnormal: true },
    { itemId: 'hands_washed', label: { ko: '손을 씻었습니까?', en: 'Hands washed?' }, type: 'BOOLEAN', value: true, abnormal: false },
  ];

  it('lists the answers in the order the server gives (the template\'s), the abnormal ones marked in words', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions/sub-1`, () =>
        HttpResponse.json({
          ...pending,
          // the raw answers come in no useful order; the rows are what the screen shows
          answers: { hands_washed: true, hand_wound: true, vomiting: false, temperature: 38.2 },
          answerRows: rows,
        }),
      ),
    );
    renderApp('/review/sub-1');
    const table = await screen.findByTestId('answers');
    const lines = within(table).getAllByRole('row');
    expect(lines.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '체온',
      '구토 증상이 있습니까?',
      '손에 상처가 있나요?',
      '손을 씻었습니까?',
    ]);
    expect(lines[0]).toHaveTextContent('38.2 °C이상');
    expect(lines[0]).toHaveClass('row-abnormal');
    expect(lines[1]).not.toHaveTextContent('이상');
    expect(lines[2]).toHaveTextContent('예이상');
    expect(lines[3]).not.toHaveClass('row-abnormal');
    expect(screen.getByTestId('answers-abnormal')).toHaveTextContent('이상 답변 2개');
  });

  it('without the server\'s rows, still orders the answers as the template asks them', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions/sub-1`, () =>
        HttpResponse.json({ ...pending, answers: { hand_wound: true, unknown_item: 1, temperature: 36.6 } }),
      ),
      http.get(`${API}/v1/checklist/template`, () =>
        HttpResponse.json({
          id: 't',
          version: 1,
          rulePack: 'kr-food-haccp',
          items: [
            { id: 'temperature', type: 'NUMBER', category: 'SYMPTOM', order: 1, required: true, label: { ko: '체온', en: 'Temperature' }, unit: '°C' },
            { id: 'hand_wound', type: 'BOOLEAN', category: 'WOUND', order: 2, required: true, label: { ko: '손에 상처가 있나요?', en: 'Hand wound?' } },
          ],
        }),
      ),
    );
    renderApp('/review/sub-1');
    const table = await screen.findByTestId('answers');
    await waitFor(() => expect(table).toHaveTextContent('체온'));
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['체온', '손에 상처가 있나요?', 'unknown_item']);
    expect(screen.queryByTestId('answers-abnormal')).not.toBeInTheDocument();
  });

  it('opens the photo full screen, zooms in and out, and closes with Escape', async () => {
    const { user } = renderApp('/review/sub-1');
    await user.click(await screen.findByTestId('review-photo-zoom'));
    const dialog = screen.getByRole('dialog', { name: '상처 사진' });
    expect(within(dialog).getByTestId('zoom-image')).toHaveAttribute('src', analysis.imageUrl);
    expect(within(dialog).getByTestId('zoom-image')).toHaveStyle({ width: '100%' });
    expect(screen.getByTestId('zoom-close')).toHaveFocus();
    await user.click(screen.getByTestId('zoom-more'));
    await user.click(screen.getByTestId('zoom-more'));
    expect(screen.getByTestId('zoom-scale')).toHaveTextContent('3×');
    expect(screen.getByTestId('zoom-image')).toHaveStyle({ width: '300%' });
    await user.click(screen.getByTestId('zoom-less'));
    expect(screen.getByTestId('zoom-image')).toHaveStyle({ width: '200%' });
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('photo-zoom')).not.toBeInTheDocument();
    expect(screen.getByTestId('review-photo-zoom')).toHaveFocus();
  });
});
