import { Link } from 'react-router';
import { isExpired, useCurrentPass } from '@/features/pass';
import { formatTime, useI18n } from '@/lib/i18n';
import type { SessionSnapshot } from '@/lib/session';
import { useSession } from '@/lib/use-session';

function PassStatus({ user }: { user: SessionSnapshot['user'] }) {
  const { t, lang } = useI18n();
  const { pass, loading } = useCurrentPass(user);
  if (loading) return null;
  if (pass && !isExpired(pass)) {
    return (
      <div className="card card--ok" data-testid="home-pass">
        <p>{t('home.passValid', { time: formatTime(pass.expiresAt, lang) })}</p>
        <Link to="/pass" className="btn btn--primary btn--block">
          {t('home.showPass')}
        </Link>
      </div>
    );
  }
  return <p className="muted">{t('home.noPass')}</p>;
}

export function HomeRoute() {
  const current = useSession();
  const { t } = useI18n();
  if (!current) return null;
  return (
    <div className="stack">
      <h1>{t('home.greeting', { name: current.user.displayName })}</h1>
      <PassStatus user={current.user} />
      <Link to="/checklist" className="btn btn--primary btn--block btn--large" data-testid="start-checklist">
        {t('home.start')}
      </Link>
      <Link to="/history" className="btn btn--secondary btn--block">
        {t('home.history')}
      </Link>
    </div>
  );
}
