import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { localized } from '@/lib/labels';
import { useSubmissions } from '../api/submissions';

export function ReviewQueuePage() {
  const { t, lang } = useI18n();
  const justReviewed = (useLocation().state as { reviewed?: string } | null)?.reviewed;
  const pending = useSubmissions({ verdict: 'PENDING_REVIEW' }, { refetchInterval: 30_000 });
  // Oldest first: the worker who has waited longest at the door comes first.
  const items = (pending.data ?? []).filter((s) => !s.review?.decision && s.id !== justReviewed).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));

  return (
    <section>
      <h1>{t('review.title')}</h1>
      {justReviewed && (
        <p className="success" role="status">
          {t('review.done')}
        </p>
      )}
      <ErrorMessage error={pending.error} onRetry={() => void pending.refetch()} />
      {pending.isPending ? (
        <Loading />
      ) : items.length === 0 && !pending.error ? (
        <p className="muted">{t('review.empty')}</p>
      ) : (
        <ul className="card-list" data-testid="review-queue">
          {items.map((s) => (
            <li key={s.id} className="card">
              <div className="row spread">
                <div>
                  <strong>{s.workerName ?? s.workerId}</strong>{' '}
                  <span className="muted small">{formatDateTime(s.submittedAt, lang)}</span>
                </div>
                <Link className="btn" to={`/review/${encodeURIComponent(s.id)}`} data-testid={`review-open-${s.id}`}>
                  {t('review.open')}
                </Link>
              </div>
              {(s.reasons ?? []).length > 0 && (
                <ul className="plain muted">
                  {(s.reasons ?? []).map((r) => (
                    <li key={r.ruleId}>{localized(r.message, lang) ?? r.ruleId}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
