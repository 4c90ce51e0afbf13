import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { loadPass, savePass } from '@/features/pass';
import { session } from '@/lib/api';
import { answerChecklist } from '@/testing/checklist-helpers';
import { API, PASS_TOKEN, submission, worker1 } from '@/testing/fixtures';
import { apiError, backend, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

async function storePass(expiresAt = inHours(6)) {
  await savePass({
    id: 'p-stored',
    token: PASS_TOKEN,
    expiresAt,
    verdict: 'PASS',
    conditions: [],
    zones: [],
    holderId: worker1.id,
    holderName: worker1.displayName,
    savedAt: new Date().toISOString(),
  });
}

describe('worker app', () => {
  it('sends a signed-out worker to the login screen', async () => {
    renderApp('/pass', { signedIn: false });
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeInTheDocument();
  });

  it('logs in and greets the worker by name', async () => {
    const { user } = renderApp('/', { signedIn: false });
    await user.type(await screen.findByTestId('login-id'), 'worker1');
    await user.type(screen.getByTestId('password'), 'worker1234!');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByRole('heading', { name: '김작업님, 안녕하세요.' })).toBeInTheDocument();
    expect(session.get()?.user.loginId).toBe('worker1');
    // Only the refresh token and user survive a reload; the access token stays in memory.
    expect(localStorage.getItem('gmp.session')).not.toContain('access-');
  });

  it('explains a wrong password in a sentence, never the code', async () => {
    const { user } = renderApp('/', { signedIn: false });
    await user.type(await screen.findByTestId('login-id'), 'worker1');
    await user.type(screen.getByTestId('password'), 'nope');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('아이디 또는 비밀번호가 올바르지 않습니다.');
    expect(screen.queryByText(/INVALID_CREDENTIALS/)).not.toBeInTheDocument();
  });

  it('asks for both fields before calling the server', async () => {
    const { user } = renderApp('/', { signedIn: false });
    await user.click(await screen.findByTestId('login-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('아이디와 비밀번호를 입력해 주세요.');
  });

  it('goes from the checklist to a QR pass, and keeps the pass on the phone', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByTestId('start-checklist'));
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));
    await user.click(await screen.findByTestId('show-pass'));
    const qr = await screen.findByTestId('pass-qr');
    expect(qr).toHaveAttribute('data-token', PASS_TOKEN);
    expect(screen.getByTestId('pass-holder')).toHaveTextContent('김작업');
    expect(await loadPass(worker1.id)).toMatchObject({ token: PASS_TOKEN, holderName: '김작업' });
  });

  it('shows the stored pass with an offline banner when the network is gone', async () => {
    await storePass();
    server.use(http.get(`${API}/qr/passes/current`, () => HttpResponse.error()));
    renderApp('/pass');
    expect(await screen.findByTestId('pass-qr')).toHaveAttribute('data-token', PASS_TOKEN);
    expect(await screen.findByTestId('pass-offline')).toBeInTheDocument();
  });

  it('opens on the stored pass after a reload with no signal at all', async () => {
    await storePass();
    session.start({ accessToken: 'a', expiresIn: 900, passwordChangeRequired: false, user: worker1 });
    session.reloadFromStorage(); // a fresh page load: no access token in memory
    server.use(
      http.post(`${API}/auth/refresh`, () => HttpResponse.error()),
      http.get(`${API}/qr/passes/current`, () => HttpResponse.error()),
    );
    renderApp('/pass', { signedIn: false });
    expect(await screen.findByTestId('pass-qr')).toBeInTheDocument();
    expect(await screen.findByTestId('pass-offline')).toBeInTheDocument();
  });

  it('does not show an expired stored pass offline', async () => {
    await storePass(new Date(Date.now() - 60_000).toISOString());
    server.use(http.get(`${API}/qr/passes/current`, () => HttpResponse.error()));
    renderApp('/pass');
    expect(await screen.findByTestId('pass-none')).toBeInTheDocument();
    expect(screen.queryByTestId('pass-qr')).not.toBeInTheDocument();
  });

  it('forgets a stored pass the server no longer has (revoked)', async () => {
    await storePass();
    renderApp('/pass'); // the mock server has no current pass: 404
    expect(await screen.findByTestId('pass-none')).toHaveTextContent('유효한 출입 패스가 없습니다.');
    await waitFor(async () => expect(await loadPass(worker1.id)).toBeNull());
  });

  it('replaces the stored pass with the server’s current one', async () => {
    await storePass();
    backend.state.currentPass = { id: 'p-new', token: 'aaa.bbb.ccc', expiresAt: inHours(3), verdict: 'PASS', conditions: [], zones: ['A동'] };
    renderApp('/pass');
    await waitFor(() => expect(screen.getByTestId('pass-qr')).toHaveAttribute('data-token', 'aaa.bbb.ccc'));
    expect(screen.getByText(/A동/)).toBeInTheDocument();
    await waitFor(async () => expect((await loadPass(worker1.id))?.id).toBe('p-new'));
  });

  it('logs out: revokes the refresh token and wipes the stored pass', async () => {
    await storePass();
    const { user } = renderApp('/');
    await user.click(await screen.findByTestId('logout'));
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeInTheDocument();
    expect(screen.queryByTestId('session-expired')).not.toBeInTheDocument();
    expect(backend.state.refreshTokens.size).toBe(0);
    expect(localStorage.getItem('gmp.session')).toBeNull();
    await waitFor(async () => expect(await loadPass(worker1.id)).toBeNull());
  });

  it('after a password reset, shows only the change screen until a new password is chosen', async () => {
    backend.state.passwordChangeRequired = true;
    const { user } = renderApp('/', { signedIn: false });
    await user.type(await screen.findByTestId('login-id'), 'worker1');
    await user.type(screen.getByTestId('password'), 'worker1234!');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('password-required')).toBeInTheDocument();

    await user.type(screen.getByTestId('current-password'), 'wrong-one');
    await user.type(screen.getByTestId('new-password'), 'Fresh-gloves-2026');
    await user.type(screen.getByTestId('repeat-password'), 'Fresh-gloves-2026');
    await user.click(screen.getByTestId('password-submit'));
    expect(await screen.findByTestId('password-error')).toHaveTextContent('현재 비밀번호가 올바르지 않습니다.');

    await user.clear(screen.getByTestId('current-password'));
    await user.type(screen.getByTestId('current-password'), 'worker1234!');
    await user.click(screen.getByTestId('password-submit'));
    expect(await screen.findByTestId('start-checklist')).toBeInTheDocument();
    expect(backend.state.passwords.worker1).toBe('Fresh-gloves-2026');
    expect(session.get()?.passwordChangeRequired).toBe(false);
  });

  it('returns to login when the session cannot be renewed', async () => {
    const { user } = renderApp('/');
    await screen.findByTestId('start-checklist');
    backend.state.accessTokens.clear();
    backend.state.refreshTokens.clear();
    await user.click(screen.getByTestId('start-checklist'));
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeInTheDocument();
    expect(screen.getByTestId('session-expired')).toHaveTextContent('로그인이 만료되었습니다. 다시 로그인해 주세요.');
  });

  it('says it is offline, not that there is no pass, when nothing is stored and no signal', async () => {
    server.use(http.get(`${API}/qr/passes/current`, () => HttpResponse.error()));
    renderApp('/pass');
    expect(await screen.findByTestId('pass-none')).toHaveTextContent('네트워크에 연결할 수 없습니다');
  });

  it('lists the worker’s own submissions and opens one', async () => {
    backend.state.nextVerdict = 'ACTION_REQUIRED';
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { jewelry_removed: false });
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('verdict-ACTION_REQUIRED')).toBeInTheDocument();
    await user.click(screen.getByTestId('nav-history'));
    const row = await screen.findByTestId('history-s-1');
    expect(row).toHaveTextContent('조치 후 다시 점검');
    await user.click(row);
    expect(await screen.findByTestId('verdict-ACTION_REQUIRED')).toBeInTheDocument();
  });

  it('pages through a long history', async () => {
    backend.state.submissions = Array.from({ length: 25 }, (_, i) => ({
      ...submission('PASS'),
      id: `h-${i}`,
      submittedAt: new Date(Date.UTC(2026, 1, 1 + i, 6)).toISOString(),
    }));
    const { user } = renderApp('/history');
    await screen.findByTestId('history-h-19');
    expect(screen.queryByTestId('history-h-20')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '더 보기' }));
    expect(await screen.findByTestId('history-h-24')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '더 보기' })).not.toBeInTheDocument();
  });

  it('checks again while a review is pending and shows the decision', async () => {
    backend.state.nextVerdict = 'PENDING_REVIEW';
    const { user } = renderApp('/checklist');
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('verdict-PENDING_REVIEW')).toBeInTheDocument();
    server.use(
      http.get(`${API}/checklist/submissions/:id`, ({ params }) =>
        HttpResponse.json({ ...backend.state.submissions[0], id: params.id, verdict: 'PASS' }),
      ),
    );
    await user.click(screen.getByTestId('check-again'));
    expect(await screen.findByTestId('verdict-PASS')).toBeInTheDocument();
  });

  it('tells an offline worker why the checklist cannot load', async () => {
    server.use(http.get(`${API}/checklist/template`, () => apiError(500, 'INTERNAL_ERROR')));
    renderApp('/checklist');
    expect(await screen.findByRole('alert')).toHaveTextContent('서버에 일시적인 문제가 있습니다');
    expect(screen.getByRole('alert')).toHaveTextContent('문의 시 알려 줄 번호: req-test-1');
  });
});
