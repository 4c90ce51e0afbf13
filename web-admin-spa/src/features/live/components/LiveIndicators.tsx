import { useI18n } from '@/lib/i18n';
import type { LiveStatus } from '../hooks/useLiveUpdates';

export function LiveStatusDot({ status }: { status: LiveStatus }) {
  const { lang } = useI18n();
  const label =
    status === 'live' ? (lang === 'ko' ? '실시간' : 'Live') : status === 'polling' ? (lang === 'ko' ? '주기 갱신' : 'Polling') : '…';
  return (
    <span className={`live-status live-${status}`} data-testid="live-status" data-status={status} title={label}>
      {label}
    </span>
  );
}
