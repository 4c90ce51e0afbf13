import { ConditionList } from '@/components/ConditionList';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useState } from 'react';
import { usePresence } from '../api/presence';
import { RevokePassForm } from './RevokePassForm';

export function PresencePage() {
  const { t, lang } = useI18n();
  const presence = usePresence();
  const inside = [...(presence.data?.inside ?? [])].sort((a, b) => a.since.localeCompare(b.since));
  const [revoking, setRevoking] = useState<{ passId: string; name: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

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
      {revoked && (
        <p className="notice" role="status" data-testid="revoke-done">
          {t('presence.revoke.done', { name: revoked })}
        </p>
      )}
      {revoking && (
        <RevokePassForm
          key={revoking.passId}
          passId={revoking.passId}
          name={revoking.name}
          onDone={(done) => {
            setRevoked(done ? revoking.name : null);
            setRevoking(null);
          }}
        />
      )}
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
                <th scope="col">{t('presence.actions')}</th>
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
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => {
                        setRevoked(null);
                        setRevoking({ passId: p.passId, name: p.displayName ?? p.workerId });
                      }}
                      data-testid={`revoke-${p.workerId}`}
                    >
                      {t('presence.revoke.open')}
                    </button>
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
