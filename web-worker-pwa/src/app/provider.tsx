import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { clearOutbox } from '@/features/checklist';
import { clearPass } from '@/features/pass';
import { ApiError, NetworkError } from '@gmp/web-shared/client';
import { I18nProvider, translate, type Lang } from '@/lib/i18n';
import { session } from '@/lib/api';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A weak signal is the normal case: one quick retry, never for a 4xx.
        retry: (count, error) =>
          count < 1 && (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)),
        refetchOnWindowFocus: false,
        gcTime: 10 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}

class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled render error', error, info.componentStack);
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'ko';
    return (
      <main className="page">
        <div className="alert alert--error" role="alert">
          <p>{translate(lang, 'error.unexpected')}</p>
          <button type="button" className="btn btn--primary" onClick={() => window.location.assign('/')}>
            {translate(lang, 'common.retry')}
          </button>
        </div>
      </main>
    );
  }
}

/** When the worker signs out (or the session dies) nothing of theirs stays in memory or on disk. */
function useForgetOnSignOut(queryClient: QueryClient) {
  useEffect(
    () =>
      session.subscribe(() => {
        if (session.get()) return;
        queryClient.clear();
        void clearPass().catch(() => undefined);
        // a checklist not yet sent goes too: health answers never outlive the session on a shared phone
        void clearOutbox().catch(() => undefined);
      }),
    [queryClient],
  );
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useForgetOnSignOut(client);
  return (
    <ErrorBoundary>
      <I18nProvider>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </I18nProvider>
    </ErrorBoundary>
  );
}
