import { Link } from 'react-router';
import { useCurrentPass } from '@/features/pass';
import { TodayCard, useToday } from '@/features/today';
import { useI18n } from '@/lib/i18n';
import type { SessionSnapshot } from '@gmp/web-shared/client';
import { useSession } from '@/lib/api';

function Today({ user }: { user: SessionSnapshot['user'] }) {
  const { pass, loading } = useCurrentPass(user);
  const today = useToday();
  if (loading || today.isPending) return null;
  return <TodayCard today={today.isError ? undefined : today.data.deciding} pass={pass} />;
}

export function HomeRoute() {
  const current = useSession();
  const { t } = useI18n();
  if (!current) return null;
  return (
    <div className="stack">
      <h1>{t('home.greeting', { name: current.user.displayName })}</h1>
      <Today user={current.user} />
      <Link to="/history" className="btn btn--secondary btn--block">
        {t('home.history')}
      </Link>
    </div>
  );
}
