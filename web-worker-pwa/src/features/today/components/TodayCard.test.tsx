import { screen, within } from '@testing-library/react';
import { PASS_TOKEN, submission } from '@/testing/fixtures';
import { backend } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('home: today’s state and its one next step', () => {
  it('before today’s check: start it', async () => {
    renderApp('/');
    expect(await screen.findByTestId('today-none')).toHaveTextContent('오늘 점검을 마치면 출입 패스가 발급됩니다');
    expect(screen.getByTestId('start-checklist')).toHaveTextContent('오늘의 위생 점검 시작');
  });

  it('after a FAIL: why, and when to come back — no start button, no promise of a pass', async () => {
    backend.state.submissions = [submission('FAIL')];
    renderApp('/');
    const today = await screen.findByTestId('today-fail');
    expect(today).toHaveTextContent('오늘은 출입할 수 없습니다');
    expect(today).toHaveTextContent('구토 증상이 있어 식품 취급 작업에 종사할 수 없습니다.');
    expect(within(today).getByTestId('today-return')).toHaveTextContent('24시간');
    expect(screen.queryByTestId('start-checklist')).not.toBeInTheDocument();
    expect(screen.queryByText('오늘 점검을 마치면 출입 패스가 발급됩니다.')).not.toBeInTheDocument();
  });

  it('after a second check that the morning’s FAIL locked out: still the FAIL’s own reason', async () => {
    const lockedOut = submission('FAIL', {
      id: 's-later',
      lockedOut: true,
      reasons: [{ ruleId: 'RESCREEN_LOCKOUT', message: { ko: '오늘 앞서 출입 제외되었습니다.', en: 'Excluded earlier today.' } }],
      returnToWork: undefined,
    });
    backend.state.submissions = [lockedOut, submission('FAIL')];
    renderApp('/');
    expect(await screen.findByTestId('today-fail')).toHaveTextContent('구토 증상이 있어');
  });

  it('while a supervisor looks: wait, and see the review status', async () => {
    backend.state.submissions = [submission('PENDING_REVIEW')];
    renderApp('/');
    const today = await screen.findByTestId('today-pending');
    expect(today).toHaveTextContent('관리자 검토 중');
    expect(within(today).getByTestId('today-next')).toHaveAttribute('href', '/result/s-pending_review');
  });

  it('something to fix: what, and “fixed it — check again” with the earlier answers', async () => {
    backend.state.submissions = [submission('ACTION_REQUIRED')];
    renderApp('/');
    const today = await screen.findByTestId('today-action');
    expect(today).toHaveTextContent('반지, 시계 등 장신구를 빼세요.');
    expect(within(today).getByTestId('today-next')).toHaveAttribute('href', '/checklist?again=s-action_required');
  });

  it('with a conditional pass: the conditions, large, and the pass', async () => {
    backend.state.submissions = [submission('CONDITIONAL_PASS')];
    backend.state.currentPass = {
      id: 'p-2',
      token: PASS_TOKEN,
      expiresAt: inHours(6),
      verdict: 'CONDITIONAL_PASS',
      conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: { ko: '방수 밴드로 상처를 덮고 장갑을 착용하세요.', en: 'Glove.' } }],
      zones: [],
    };
    renderApp('/');
    const today = await screen.findByTestId('today-pass');
    expect(today).toHaveTextContent('오늘 조건부로 출입할 수 있습니다');
    expect(today).toHaveTextContent('방수 밴드로 상처를 덮고 장갑을 착용하세요.');
    expect(within(today).getByTestId('today-next')).toHaveTextContent('출입 패스 보기');
  });
});
