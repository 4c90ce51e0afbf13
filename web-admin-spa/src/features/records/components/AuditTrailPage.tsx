import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { formatDateTime, localDate, saveBlob } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/messages';
import type { AuditEntry } from '@gmp/web-shared/api';
import { useAuditCsv, useAuditTrail, type Period } from '../api/records';

type SignatureStatus = NonNullable<AuditEntry['signatureStatus']>;

/** The server's check of each signature against the record it names (it recomputes; the app only shows it). */
const STATUS_TEXT: Record<SignatureStatus, MessageKey> = {
  VALID: 'records.signatureValid',
  TAMPERED: 'records.signatureTampered',
  RECORD_GONE: 'records.signatureRecordGone',
};
const STATUS_BADGE: Record<SignatureStatus, string> = { VALID: 'badge-ok', TAMPERED: 'badge-bad', RECORD_GONE: '' };

/** Who did what when at this site: user administration and signed decisions, with the CSV for an auditor. */
export function AuditTrailPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Period>(() => ({ from: localDate(), to: localDate() }));
  const [period, setPeriod] = useState<Period>(draft);
  const trail = useAuditTrail(period);
  const csv = useAuditCsv();
  const rows = trail.data?.pages.flatMap((p) => p.items) ?? [];
  const search = (e: FormEvent) => {
    e.preventDefault();
    setPeriod({ ...draft });
  };
  return (
    <section>
      <h1>{t('records.auditTitle')}</h1>
      <form className="filters" onSubmit={search} role="search">
        <label className="field">
          <span>{t('records.from')}</span>
          <input type="date" data-testid="audit-from" value={draft.from} required onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('records.to')}</span>
          <input type="date" data-testid="audit-to" value={draft.to} required onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit" className="btn" data-testid="audit-search">
          {t('log.search')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={csv.isPending}
          data-testid="audit-csv"
          onClick={() => csv.mutate(period, { onSuccess: ({ blob, filename }) => saveBlob(blob, filename) })}
        >
          {t('records.csv')}
        </button>
      </form>
      <ErrorMessage error={csv.error} />
      <ErrorMessage error={trail.error} onRetry={() => void trail.refetch()} />
      {trail.isPending ? (
        <Loading />
      ) : rows.length === 0 && !trail.error ? (
        <p className="muted">{t('common.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="audit-table">
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at, lang)}</td>
                  <td>{lang === 'ko' ? e.actionText.ko : e.actionText.en}</td>
                  <td>{e.actorName}</td>
                  <td>{e.targetName}</td>
                  <td>{e.detail}</td>
                  <td>
                    {e.signature ? `${t('review.signedBy')}: ${e.signature.signerName}` : ''}
                    {e.signatureStatus && (
                      <>
                        {' '}
                        <span className={`badge ${STATUS_BADGE[e.signatureStatus]}`} data-testid={`audit-signature-${e.id}`}>
                          {t(STATUS_TEXT[e.signatureStatus])}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={!!trail.hasNextPage} loading={trail.isFetchingNextPage} onMore={() => void trail.fetchNextPage()} />
    </section>
  );
}
