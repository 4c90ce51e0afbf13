import { useI18n } from '@/lib/i18n';
import type { SyncReport } from '../lib/sync';
import { reasonText } from '@/lib/labels';

type Props = { size: number; syncing: boolean; lastReport: SyncReport | null; onSync: () => void };

export function QueueStatus({ size, syncing, lastReport, onSync }: Props) {
  const { t } = useI18n();
  return (
    <section className="queue-status" aria-live="polite">
      <p>
        <span data-testid="queue-size" data-count={size} className={size > 0 ? 'badge badge-warn' : 'badge'}>
          {t('scanner.queue', { count: size })}
        </span>{' '}
        {size > 0 && (
          <button type="button" className="btn btn-secondary btn-small" onClick={onSync} disabled={syncing}>
            {syncing ? t('scanner.queue.syncing') : t('scanner.queue.sync')}
          </button>
        )}
      </p>
      {lastReport && (lastReport.confirmed > 0 || lastReport.rejected > 0) && (
        <p className="muted">{t('scanner.queue.synced', { accepted: lastReport.confirmed, rejected: lastReport.rejected })}</p>
      )}
      {lastReport?.error !== undefined && size > 0 && <p className="muted">{t('scanner.queue.syncFailed')}</p>}
      {lastReport && lastReport.clockAhead > 0 && (
        <p className="notice" role="alert">
          {t('scanner.queue.clockAhead', { count: lastReport.clockAhead })}
        </p>
      )}
      {lastReport && lastReport.dropped.length > 0 && (
        <p className="notice" role="alert" data-testid="sync-dropped">
          {t('scanner.queue.dropped', { count: lastReport.dropped.length })}
        </p>
      )}
      {lastReport && lastReport.conflicts.length > 0 && (
        <div className="conflicts" role="alert">
          <h3>{t('scanner.queue.conflicts')}</h3>
          <ul>
            {lastReport.conflicts.map(({ scan, reason }) => (
              <li key={scan.scanId}>
                {new Date(scan.scannedAt).toLocaleTimeString()} · {scan.gateId} · {scan.direction} ·{' '}
                {t('result.workerId', { id: scan.workerId ?? '?' })} — {reasonText(reason ?? 'UNKNOWN', t)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
