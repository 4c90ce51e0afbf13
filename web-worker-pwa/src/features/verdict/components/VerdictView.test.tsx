import { screen } from '@testing-library/react';
import { submission } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Submission } from '@gmp/web-shared/api';
import { VerdictView } from './VerdictView';

function show(s: Submission) {
  const handlers = { onShowPass: vi.fn(), onAnswerAgain: vi.fn(), onCheckAgain: vi.fn(), onHome: vi.fn() };
  const utils = renderWithProviders(<VerdictView submission={s} {...handlers} />);
  return { ...utils, ...handlers };
}

describe('VerdictView', () => {
  it('PASS: says the worker may enter and leads to the QR pass', async () => {
    const { user, onShowPass } = show(submission('PASS'));
    expect(screen.getByTestId('verdict-PASS')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '출입 가능' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'QR 출입 패스 보기' }));
    expect(onShowPass).toHaveBeenCalled();
    expect(screen.queryByTestId('answer-again')).not.toBeInTheDocument();
  });

  it('CONDITIONAL_PASS: spells out every condition and still offers the pass', () => {
    show(submission('CONDITIONAL_PASS'));
    expect(screen.getByRole('heading', { level: 1, name: '조건부 출입 가능' })).toBeInTheDocument();
    const conditions = screen.getByTestId('verdict-conditions');
    expect(conditions).toHaveTextContent('방수 밴드로 상처를 덮고 장갑을 착용하세요.');
    expect(conditions).toHaveTextContent('노출된 제품을 직접 만지지 마세요.');
    expect(screen.getByTestId('show-pass')).toBeInTheDocument();
    // a plant's own rule is called that, not dressed up as a legal source
    expect(screen.getByTestId('reason-citation')).toHaveTextContent('이 사업장의 위생 기준입니다.');
    expect(screen.queryByText(/사내 위생 기준 4.2/)).not.toBeInTheDocument();
  });

  it('calls a plant\'s own rule that when the server sends it without its wording', () => {
    show(
      submission('FAIL', {
        reasons: [{ ruleId: 'KR-FEVER', message: { ko: '체온이 발열 기준 이상입니다.', en: 'Fever.' }, citation: { kind: 'SITE_POLICY' } }],
      }),
    );
    expect(screen.getByTestId('reason-citation')).toHaveTextContent('이 사업장의 위생 기준입니다.');
  });

  it('never shows a citation still marked for QA to verify (drafting notes are for admins)', () => {
    show(
      submission('FAIL', {
        reasons: [
          {
            ruleId: 'KR-VOMITING',
            message: { ko: '구토 증상이 있습니다.', en: 'Vomiting.' },
            citation: { kind: 'GUIDANCE', source: 'FDA Food Code 2-201.13 준용 — 국내 근거 조항 확인 필요', verified: false },
          },
          { ruleId: 'KR-DIARRHEA', message: { ko: '설사 증상이 있습니다.', en: 'Diarrhoea.' } },
        ],
      }),
    );
    expect(screen.getByTestId('verdict-reasons')).toHaveTextContent('구토 증상이 있습니다.');
    expect(screen.queryByText(/확인 필요/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('reason-citation')).not.toBeInTheDocument();
  });

  it('ACTION_REQUIRED: lists what to fix and asks to answer again, with no pass', async () => {
    const { user, onAnswerAgain } = show(submission('ACTION_REQUIRED'));
    expect(screen.getByRole('heading', { level: 2, name: '조치할 사항' })).toBeInTheDocument();
    expect(screen.getByTestId('verdict-reasons')).toHaveTextContent('반지, 시계 등 장신구를 빼세요.');
    expect(screen.queryByTestId('show-pass')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('answer-again'));
    expect(onAnswerAgain).toHaveBeenCalled();
  });

  it('FAIL: gives the reasons, the legal source and when the worker may return', () => {
    show(submission('FAIL'));
    expect(screen.getByRole('heading', { level: 1, name: '오늘은 출입할 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByTestId('verdict-reasons')).toHaveTextContent('구토 증상이 있어 식품 취급 작업에 종사할 수 없습니다.');
    expect(screen.getByText('근거: 식품위생법 시행규칙 제50조')).toBeInTheDocument();
    expect(screen.getByTestId('verdict-return')).toHaveTextContent('증상이 사라진 뒤 24시간이 지나면 다시 점검할 수 있습니다.');
    expect(screen.queryByTestId('show-pass')).not.toBeInTheDocument();
    expect(screen.queryByTestId('answer-again')).not.toBeInTheDocument();
  });

  it('PENDING_REVIEW: explains what happens next and lets the worker check the decision', async () => {
    const { user, onCheckAgain } = show(submission('PENDING_REVIEW'));
    expect(screen.getByRole('heading', { level: 1, name: '관리자 검토 중' })).toBeInTheDocument();
    expect(screen.getByText(/결정이 나기 전에는 작업장에 들어가지 마세요/)).toBeInTheDocument();
    await user.click(screen.getByTestId('check-again'));
    expect(onCheckAgain).toHaveBeenCalled();
    expect(screen.queryByTestId('show-pass')).not.toBeInTheDocument();
  });

  it('reads the server’s texts in English after the switch', () => {
    localStorage.setItem('gmp.lang', 'en');
    show(submission('FAIL'));
    expect(screen.getByRole('heading', { level: 1, name: 'You may not enter today' })).toBeInTheDocument();
    expect(screen.getByText('Vomiting: you may not handle food.')).toBeInTheDocument();
    expect(screen.getByText('You may check again 24 hours after the symptoms are gone.')).toBeInTheDocument();
  });
});
