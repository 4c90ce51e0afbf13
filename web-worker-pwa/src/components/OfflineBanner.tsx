import { useI18n } from '@/lib/i18n';
import { useOnline } from '@/lib/use-online';

export function OfflineBanner() {
  const online = useOnline();
  const { t } = useI18n();
  if (online) return null;
  return (
    <div className="banner banner--offline" role="status" data-testid="offline-banner">
      <span aria-hidden="true">⚠</span> {t('offline.banner')}
    </div>
  );
}
