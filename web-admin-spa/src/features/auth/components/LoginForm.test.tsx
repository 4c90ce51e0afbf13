import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { session } from '@/lib/api';
import { adminUser, API, contractVerifyResult } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

describe('admin sign-in', () => {
  it('signs an admin in and opens the gate scanner', async () => {
    const { user } = renderApp('/login');
    await user.type(screen.getByTestId('login-id'), 'admin');
    await user.type(screen.getByTestId('password'), 'admin1234!');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByRole('heading', { name: '게이트 스캔' })).toBeInTheDocument();
    expect(session.get()?.user).toMatchObject({ loginId: 'admin', siteId: 'demo-site' });
  });

  it('says the password is wrong in plain Korean', async () => {
    const { user } = renderApp('/login');
    await user.type(screen.getByTestId('login-id'), 'admin');
    await user.type(screen.getByTestId('password'), 'nope');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('아이디 또는 비밀번호가 올바르지 않습니다.');
  });

  it('turns a worker away politely and revokes the session it was given', async () => {
    let revoked: unknown;
    server.use(
      http.post(`${API}/v1/auth/login`, () =>
        HttpResponse.json({
          accessToken: 'at-w',
          expiresIn: 900,
          passwordChangeRequired: false,
          user: { ...adminUser, id: 'w1', loginId: 'worker1', displayName: '김민수', role: 'WORKER' },
        }),
      ),
      http.post(`${API}/v1/auth/logout`, ({ request }) => {
        revoked = request.headers.get('authorization');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/login');
    await user.type(screen.getByTestId('login-id'), 'worker1');
    await user.type(screen.getByTestId('password'), 'worker1234!');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('김민수님은 작업자 계정입니다. 이 화면은 관리자 전용입니다.');
    await waitFor(() => expect(revoked).toBe('Bearer at-w'));
    expect(session.get()).toBeNull();
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    session.clear();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: '관리자 로그인' })).toBeInTheDocument();
  });

  it('refreshes an expired access token once and retries the call', async () => {
    session.start({ accessToken: 'old', expiresIn: 0, passwordChangeRequired: false, user: adminUser });
    let refreshes = 0;
    server.use(
      http.post(`${API}/v1/auth/refresh`, async ({ request }) => {
        refreshes++;
        expect(await request.text()).toBe(''); // the refresh token is the cookie, not the body
        return HttpResponse.json({ accessToken: 'new', expiresIn: 900, passwordChangeRequired: false, user: adminUser });
      }),
      http.post(`${API}/v1/qr/verify`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer new'
          ? HttpResponse.json(contractVerifyResult({ result: 'ACCEPTED', worker: { id: 'w', displayName: '박지훈' }, logId: 'l' }))
          : HttpResponse.json({ error: { code: 'UNAUTHORIZED', message: 'expired', requestId: 'r' } }, { status: 401 }),
      ),
    );
    const { user } = renderApp('/');
    await user.type(await screen.findByTestId('manual-token'), 'tok{Enter}');
    expect(await screen.findByTestId('scan-result-worker')).toHaveTextContent('박지훈');
    expect(refreshes).toBe(1);
    expect(session.accessToken()).toBe('new');
    expect(localStorage.getItem('gmp-admin.session')).not.toContain('rt-');
  });

  it('switches to English', async () => {
    const { user } = renderApp('/login');
    session.clear();
    await user.type(screen.getByTestId('login-id'), 'admin');
    await user.type(screen.getByTestId('password'), 'admin1234!');
    await user.click(screen.getByTestId('login-submit'));
    await user.click(await screen.findByTestId('lang-toggle'));
    expect(await screen.findByRole('heading', { name: 'Gate scan' })).toBeInTheDocument();
  });

  it('after a reset, shows only the password change until a new password is chosen', async () => {
    let changed: unknown;
    server.use(
      http.post(`${API}/v1/auth/login`, () =>
        HttpResponse.json({ accessToken: 'at-reset', expiresIn: 900, passwordChangeRequired: true, user: adminUser }),
      ),
      http.post(`${API}/v1/auth/password`, async ({ request }) => {
        changed = await request.json();
        return HttpResponse.json({ accessToken: 'at-new', expiresIn: 900, passwordChangeRequired: false, user: adminUser });
      }),
    );
    const { user } = renderApp('/login');
    await user.type(screen.getByTestId('login-id'), 'admin');
    await user.type(screen.getByTestId('password'), 'Temp0rary-pass');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('password-required')).toBeInTheDocument();

    await user.type(screen.getByTestId('current-password'), 'Temp0rary-pass');
    await user.type(screen.getByTestId('new-password'), 'Fresh-gloves-2026');
    await user.type(screen.getByTestId('repeat-password'), 'Fresh-gloves-2026');
    await user.click(screen.getByTestId('password-submit'));

    expect(await screen.findByRole('heading', { name: '게이트 스캔' })).toBeInTheDocument();
    expect(changed).toEqual({ currentPassword: 'Temp0rary-pass', newPassword: 'Fresh-gloves-2026' });
    expect(session.accessToken()).toBe('at-new');
    expect(session.get()).toMatchObject({ passwordChangeRequired: false });
  });
});
