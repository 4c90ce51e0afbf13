import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/api';
import { adminUser, API } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';

vi.mock('@/features/scanner/components/CameraScanner', () => ({ CameraScanner: () => <div>camera</div> }));

const gateUser = { ...adminUser, id: 'g-1', loginId: 'gate-main', displayName: '정문 태블릿', role: 'GATE' as const };

describe('a gate device (role GATE)', () => {
  beforeEach(() => signInAsAdmin(gateUser));

  it('has the scanner only: no office pages in the menu, none by address either', async () => {
    const { router } = renderApp('/workers');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('heading', { name: '게이트 스캔' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-scanner')).toBeInTheDocument();
    for (const page of ['today', 'review', 'presence', 'log', 'workers']) {
      expect(screen.queryByTestId(`nav-${page}`)).not.toBeInTheDocument();
    }
  });

  it('signs in at the login page like an admin does', async () => {
    session.clear();
    server.use(
      http.post(`${API}/v1/auth/login`, () =>
        HttpResponse.json({ accessToken: 'at-g', expiresIn: 900, passwordChangeRequired: false, user: gateUser }),
      ),
    );
    const { user, router } = renderApp('/login');
    await user.type(await screen.findByTestId('login-id'), 'gate-main');
    await user.type(screen.getByTestId('password'), 'secret-secret');
    await user.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('heading', { name: '게이트 스캔' })).toBeInTheDocument();
  });
});
