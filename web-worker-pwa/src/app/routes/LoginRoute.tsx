import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { OfflineBanner } from '@/components/OfflineBanner';
import { LoginForm } from '@/features/auth';
import { ensureDeviceRegistered } from '@/features/pass';
import { useI18n } from '@/lib/i18n';
import { session, useSession } from '@/lib/api';

export function LoginRoute() {
  const current = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useI18n();
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from !== '/login' ? from : '/';

  if (current) return <Navigate to={target} replace />;
  return (
    <div className="app">
      <header className="topbar">
        <span className="topbar__title">{t('app.title')}</span>
        <LanguageSwitch />
      </header>
      <OfflineBanner />
      <main id="main" className="page page--narrow">
        <h1>{t('login.heading')}</h1>
        {session.lastSignOut() === 'expired' && (
          <div className="alert alert--warning" role="status" data-testid="session-expired">
            <p>{t('error.UNAUTHORIZED')}</p>
          </div>
        )}
        <LoginForm
          onSuccess={() => {
            // this phone's key for rotating gate codes, made and registered at login (the pass screen retries)
            const user = session.get()?.user;
            if (user?.role === 'WORKER') void ensureDeviceRegistered(user.id).catch(() => undefined);
            navigate(target, { replace: true });
          }}
        />
      </main>
    </div>
  );
}
