import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { Loading } from '@/components/Loading';
import { useLogout } from '@/features/auth/api/auth-api';
import { LiveStatusDot } from '@/features/live/components/LiveIndicators';
import { useLiveUpdates } from '@/features/live/hooks/useLiveUpdates';
import { ReviewCountBadge } from '@/features/submissions/components/ReviewCountBadge';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/messages';
import { useUser } from '@/lib/api';
import { navFor } from './nav';

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const user = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const admin = user.role === 'ADMIN';
  const live = useLiveUpdates(admin);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {lang === 'ko' ? '본문으로 건너뛰기' : 'Skip to content'}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.title')}</strong> <span className="muted">{t('app.subtitle')}</span>
        </div>
        <div className="topbar-actions">
          {admin && <LiveStatusDot status={live} />}
          <span className="muted user-name">
            {user.displayName} · {user.siteId}
          </span>
          <Link to="/password" className="btn btn-ghost" data-testid="nav-password">
            {t('nav.password')}
          </Link>
          <button type="button" className="btn btn-ghost" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} data-testid="lang-toggle">
            {t('nav.language')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            data-testid="logout"
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
          >
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <nav className="nav" aria-label={t('nav.main')}>
        {navFor(user.role).map((item) => (
          <NavLink key={item.to} to={item.to} end={item.to === '/'} data-testid={`nav-${item.id}`}>
            {t(item.label as MessageKey)}
            {item.id === 'review' && admin && <ReviewCountBadge />}
          </NavLink>
        ))}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
