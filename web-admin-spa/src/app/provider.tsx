import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { ApiError } from '@gmp/web-shared/client';
import { I18nProvider, translate, type Lang } from '@/lib/i18n';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retrying a 4xx only repeats the same refusal.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
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
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'ko';
    return (
      <div className="error" role="alert">
        <p>{translate(lang, 'error.unexpected')}</p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          {translate(lang, 'common.refresh')}
        </button>
      </div>
    );
  }
}

export function AppProvider({ children, queryClient, lang }: { children: ReactNode; queryClient?: QueryClient; lang?: Lang }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary>
      <I18nProvider lang={lang}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </I18nProvider>
    </ErrorBoundary>
  );
}
