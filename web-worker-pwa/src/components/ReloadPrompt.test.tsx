import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '@/lib/i18n';
import { ReloadPrompt } from './ReloadPrompt';

const sw = vi.hoisted(() => ({ needRefresh: false, offlineReady: false, update: vi.fn() }));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: useState(sw.needRefresh),
    offlineReady: useState(sw.offlineReady),
    updateServiceWorker: sw.update,
  }),
}));

const renderPrompt = () =>
  render(
    <I18nProvider>
      <ReloadPrompt />
    </I18nProvider>,
  );

describe('ReloadPrompt', () => {
  afterEach(() => {
    sw.needRefresh = false;
    sw.offlineReady = false;
    sw.update.mockClear();
    vi.useRealTimers();
  });

  it('stays out of the way when there is nothing to say', () => {
    renderPrompt();
    expect(screen.queryByTestId('reload-prompt')).not.toBeInTheDocument();
  });

  it('offers to load a newly deployed version, and only when asked', async () => {
    sw.needRefresh = true;
    renderPrompt();
    expect(screen.getByTestId('reload-prompt')).toHaveTextContent('새 버전이 있습니다.');
    await userEvent.click(screen.getByRole('button', { name: '새로고침' }));
    expect(sw.update).toHaveBeenCalledWith(true);
  });

  it('can be put off', async () => {
    sw.needRefresh = true;
    renderPrompt();
    await userEvent.click(screen.getByRole('button', { name: '나중에' }));
    expect(screen.queryByTestId('reload-prompt')).not.toBeInTheDocument();
    expect(sw.update).not.toHaveBeenCalled();
  });

  it('mentions offline readiness briefly and goes away by itself', () => {
    vi.useFakeTimers();
    sw.offlineReady = true;
    renderPrompt();
    expect(screen.getByTestId('reload-prompt')).toHaveTextContent('이제 인터넷 연결 없이도 앱을 열 수 있습니다.');
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.queryByTestId('reload-prompt')).not.toBeInTheDocument();
  });
});
