import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { appRoutes } from '@/app/router';
import type { Lang } from '@/lib/i18n';

export function renderWithProviders(ui: ReactNode, { lang = 'ko' as Lang } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const user = userEvent.setup();
  return { user, queryClient, ...render(<AppProvider queryClient={queryClient} lang={lang}>{ui}</AppProvider>) };
}

export function renderApp(path = '/', options: { lang?: Lang } = {}) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  return { router, ...renderWithProviders(<RouterProvider router={router} />, options) };
}
