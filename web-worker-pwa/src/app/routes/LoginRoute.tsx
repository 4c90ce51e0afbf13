import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { OfflineBanner } from '@/components/OfflineBanner';
import { LoginForm } from '@/features/auth';
import { useI18n } from '@/lib/i18n';
import { session, useSession } from '@/lib/api';

export function LoginRoute() {
  const current = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useI18n();
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from !== '/login' ? from : '/';

  // this phone's key for rotating gate codes, made and registered as the worker signs in (the pass screen retries);
  // here rather than in the form's onSuccess, which never runs once the signed-in session unmounts the form
  const workerId = current?.user.role === 'WORKER' ? current.user.id : undefined;
  useEffect(() => {
    // fetched when needed: the key store (idb) and its schema stay out of the login screen's first paint
    if (workerId) {
      void import('@/features/pass/api/register-device')
        .then((m) => m.ensureDeviceRegistered(workerId))
        .catch(() => undefined);
    }
  }, [workerId]);

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
        <LoginForm onSuccess={() => navigate(target, { replace: true })} />
      </main>
    </div>
  );
}
