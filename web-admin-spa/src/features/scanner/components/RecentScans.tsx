import { useQuery } from '@tanstack/react-query';
import { formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { reasonText } from '@/lib/labels';
import { useGateServices } from '../hooks/gate-services';

export const RECENT_SCANS = 10;
export const recentScansKey = ['gate', 'recent-scans'] as const;

/** The site's last ten scans of today, newest first: who just went through, and what the gate said. */
export function RecentScans() {
  const { t, lang } = useI18n();
  const { api } = useGateServices();
  const recent = useQuery({
    queryKey: recentScansKey,
    queryFn: () => api.recentScans(RECENT_SCANS),
    refetchInterval: 30_000,
    retry: false,
  });
  const items = recent.data ?? [];
  return (
    <section className="recent-scans" aria-labelledby="recent-scans-title">
      <h2 id="recent-scans-title">{t('scanner.recent.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{recent.isPending ? t('scanner.checking') : t('scanner.recent.empty')}</p>
      ) : (
        <ol className="recent-scans-list" data-testid="recent-scans">
          {items.map((scan) => {
            const tone = scan.result === 'ACCEPTED' ? 'ok' : scan.direction === 'OUT' || scan.reason === 'ALREADY_INSIDE' || scan.reason === 'NOT_INSIDE' ? 'warn' : 'bad';
            return (
              <li key={scan.id} className={`recent-scan recent-scan-${tone}`} data-testid="recent-scan">
                <span className="recent-scan-time">{formatTime(scan.at, lang)}</span>
                <span className="recent-scan-name">{scan.workerName ?? t('result.unknownWorker')}</span>
                <span className="recent-scan-dir">{t(scan.direction === 'IN' ? 'scanner.in' : 'scanner.out')}</span>
                <span className="recent-scan-result">
                  {scan.result === 'ACCEPTED' ? t('log.result.ACCEPTED') : reasonText(scan.reason ?? 'UNKNOWN', t)}
                  {scan.kind === 'MANUAL' || scan.kind === 'CORRECTION' ? ` · ${t(scan.kind === 'MANUAL' ? 'result.kind.MANUAL' : 'result.kind.CORRECTION')}` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
