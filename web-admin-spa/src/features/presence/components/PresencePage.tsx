import { ConditionList } from '@/components/ConditionList';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { usePresence } from '../api/presence';

export function PresencePage() {
  const { t, lang } = useI18n();
  const presence = usePresence();
  const inside = [...(presence.data?.inside ?? [])].sort((a, b) => a.since.localeCompare(b.since));

  return (
    <section>
      <h1>{t('presence.title')}</h1>
      <div className="row">
        <p className="stat" aria-live="polite">
          <strong data-testid="presence-count">{inside.length}</strong>
          {t('presence.count', { count: inside.length })}
        </p>
        <button type="button" className="btn btn-secondary" onClick={() => void presence.refetch()} disabled={presence.isFetching}>
          {t('common.refresh')}
        </button>
      </div>
      {presence.dataUpdatedAt > 0 && (
        <p className="muted small">{t('presence.updated', { time: formatTime(new Date(presence.dataUpdatedAt).toISOString(), lang) })}</p>
      )}
      <ErrorMessage error={presence.error} onRetry={() => void presence.refetch()} />
      {presence.isPending ? (
        <Loading />
      ) : inside.length === 0 ? (
        <p className="muted">{t('common.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="presence-table">
            <thead>
              <tr>
                <th scope="col">{t('presence.name')}</th>
                <th scope="col">{t('presence.gate')}</th>
                <th scope="col">{t('presence.since')}</th>
                <th scope="col">{t('log.col.conditions')}</th>
              </tr>
            </thead>
            <tbody>
              {inside.map((p) => (
                <tr key={p.workerId} title={p.workerId}>
                  <td>
                    {p.displayName ?? p.workerId}
                    {p.department && <div className="muted small">{p.department}</div>}
                  </td>
                  <td>{p.gateId ?? ''}</td>
                  <td>{formatDateTime(p.since, lang)}</td>
                  <td data-testid="presence-conditions">
                    <ConditionList conditions={p.conditions} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
