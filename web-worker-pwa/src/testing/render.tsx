import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { session } from '@/lib/api';
import { signedInTokens } from './mock-api';

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** The whole app at `path`, as a browser would show it. */
export function renderApp(path = '/', { signedIn = true } = {}) {
  if (signedIn) session.start(signedInTokens());
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={testQueryClient()}>
      <AppProvider>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </AppProvider>
    </QueryClientProvider>,
  );
  return { ...utils, user };
}

/** One component with the providers it needs (i18n, react-query). */
export function renderWithProviders(ui: ReactElement) {
  const user = userEvent.setup();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={testQueryClient()}>
      <AppProvider>{children}</AppProvider>
    </QueryClientProvider>
  );
  return { ...render(ui, { wrapper }), user };
}
