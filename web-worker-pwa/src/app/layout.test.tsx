import { screen, waitFor } from '@testing-library/react';
import { swRegistrations } from '@/testing/pwa-register-stub';
import { renderApp } from '@/testing/render';

describe('app shell', () => {
  beforeEach(() => {
    swRegistrations.count = 0;
  });

  it('registers the service worker on the login screen, before anyone signs in', async () => {
    renderApp('/login', { signedIn: false });
    expect(await screen.findByRole('heading', { name: '로그인' })).toBeInTheDocument();
    // right after the first paint (RootLayout fetches the registration code then)
    await waitFor(() => expect(swRegistrations.count).toBe(1));
  });

  it('keeps one registration from the login screen into the signed-in screens', async () => {
    const { user } = renderApp('/login', { signedIn: false });
    await user.type(await screen.findByTestId('login-id'), 'worker1');
    await user.type(screen.getByTestId('password'), 'worker1234!');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('nav-pass')).toBeInTheDocument();
    expect(swRegistrations.count).toBe(1);
  });

  it('marks the tab of the screen on show, and only that one', async () => {
    const { user } = renderApp('/history');
    expect(await screen.findByTestId('nav-history')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-pass')).not.toHaveAttribute('aria-current');
    expect(screen.getByTestId('nav-password')).not.toHaveAttribute('aria-current');
    await user.click(screen.getByTestId('nav-password'));
    await waitFor(() => expect(screen.getByTestId('nav-password')).toHaveAttribute('aria-current', 'page'));
    expect(screen.getByTestId('nav-history')).not.toHaveAttribute('aria-current');
  });
});
