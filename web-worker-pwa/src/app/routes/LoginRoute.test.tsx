import { screen, waitFor } from '@testing-library/react';
import { loadDeviceKey } from '@/features/pass/lib/device-key';
import { worker1 } from '@/testing/fixtures';
import { backend } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('signing in on a phone', () => {
  it('makes the phone\'s own key and registers its public half, once (issue 19)', async () => {
    const { user } = renderApp('/', { signedIn: false });
    await user.type(await screen.findByTestId('login-id'), 'worker1');
    await user.type(screen.getByTestId('password'), 'worker1234!');
    await user.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(backend.state.devices).toHaveLength(1));
    const stored = await waitFor(async () => {
      const key = await loadDeviceKey(worker1.id);
      expect(key?.registered).toBe(true);
      return key!;
    });
    expect(backend.state.devices[0]).toEqual(stored.publicJwk);
    expect(backend.state.devices[0]).not.toHaveProperty('d');
    expect(stored.privateKey.extractable).toBe(false);
  });
});
