import { useCallback } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { clearPass, PassView, useCurrentPass } from '@/features/pass';
import { NetworkError } from '@gmp/web-shared/client';
import { useI18n } from '@/lib/i18n';
import type { SessionSnapshot } from '@gmp/web-shared/client';
import { useSession } from '@/lib/api';

function CurrentPass({ user }: { user: SessionSnapshot['user'] }) {
  const { t } = useI18n();
  const { pass, loading, offline, error, refetch } = useCurrentPass(user);
  const onExpired = useCallback(() => void clearPass().catch(() => undefined), []);

  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!pass) {
    return (
      <div className="stack" data-testid="pass-none">
        {error || offline ? (
          <ErrorAlert error={error ?? new NetworkError()} onRetry={refetch} />
        ) : (
          <p>{t('pass.none')}</p>
        )}
        <Link to="/checklist" className="btn btn--primary btn--block">
          {t('pass.startChecklist')}
        </Link>
      </div>
    );
  }
  return (
    <>
      <PassView pass={pass} siteId={user.siteId} department={user.department} offline={offline} onExpired={onExpired} />
      {error && <ErrorAlert error={error} onRetry={refetch} />}
    </>
  );
}

export function PassRoute() {
  const current = useSession();
  const { t } = useI18n();
  if (!current) return null;
  return (
    <div className="stack">
      <h1 className="visually-hidden">{t('pass.heading')}</h1>
      <CurrentPass user={current.user} />
    </div>
  );
}
