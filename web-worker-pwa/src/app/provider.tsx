import { Component, type ErrorInfo, type ReactNode } from 'react';
import { I18nProvider, translate, type Lang } from '@/lib/i18n';

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

/** Around every screen, the login screen included (what the signed-in screens add: app/query.tsx). */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <I18nProvider>{children}</I18nProvider>
    </ErrorBoundary>
  );
}
