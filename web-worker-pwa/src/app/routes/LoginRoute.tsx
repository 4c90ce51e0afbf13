import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { OfflineBanner } from '@/components/OfflineBanner';
import { LoginForm } from '@/features/auth';
// not the pass feature's index: that would pull the pass screen (and its QR library) into the login chunk
import { ensureDeviceRegistered } from '@/features/pass/api/register-device';
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
    if (workerId) void ensureDeviceRegistered(workerId).catch(() => undefined);
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
