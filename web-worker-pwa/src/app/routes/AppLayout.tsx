import { Suspense } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { OfflineBanner } from '@/components/OfflineBanner';
import { useLogout } from '@/features/auth';
import { useOutboxSender } from '@/features/checklist';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/api';
import { QueryProvider } from '../query';
import { useSubmitted } from '../use-submitted';

/** A checklist kept on the phone goes when it can, whatever screen is open; its verdict opens on the checklist screen. */
function OutboxSender({ holderId }: { holderId: string }) {
  const submitted = useSubmitted();
  const { pathname } = useLocation();
  useOutboxSender(holderId, (submission) => void submitted(submission, { show: pathname === '/checklist' }));
  return null;
}

/** Signed-in screens with their query cache (fetched after the login screen's first paint: route-config). */
export function SignedInLayout() {
  return (
    <QueryProvider>
      <AppLayout />
    </QueryProvider>
  );
}

/** Signed-in screens: header, offline banner, tab bar. Anyone signed out goes to /login. */
function AppLayout() {
  const current = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useI18n();
  const logout = useLogout();

  if (!current) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // after an admin's reset the server answers nothing else until the password is changed
  if (current.passwordChangeRequired && location.pathname !== '/password') {
    return <Navigate to="/password" replace />;
  }

  return (
    <div className="app">
      <OutboxSender holderId={current.user.id} />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="topbar__title">
          {t('app.title')}
        </Link>
        <LanguageSwitch />
      </header>
      {/* The pass screen says it more precisely itself. */}
      {location.pathname !== '/pass' && <OfflineBanner />}
      <main id="main" className="page" tabIndex={-1}>
        {/* a screen opened for the first time is fetched first (route-config) */}
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <nav className="tabbar" aria-label={t('nav.menu')}>
        <NavLink to="/pass" className="tabbar__link" data-testid="nav-pass">
          {t('nav.pass')}
        </NavLink>
        <NavLink to="/history" className="tabbar__link" data-testid="nav-history">
          {t('nav.history')}
        </NavLink>
        <NavLink to="/password" className="tabbar__link" data-testid="nav-password">
          {t('nav.password')}
        </NavLink>
        <button
          type="button"
          className="tabbar__link"
          data-testid="logout"
          disabled={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        >
          {t('nav.logout')}
        </button>
      </nav>
    </div>
  );
}
