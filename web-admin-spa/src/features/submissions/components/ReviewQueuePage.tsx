import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { localized } from '@/lib/labels';
import { usePeople } from '@/lib/people';
import type { Submission } from '../api/schemas';
import { useSubmissions } from '../api/submissions';

function CaseList({ items, testId }: { items: Submission[]; testId: string }) {
  const { t, lang } = useI18n();
  const { nameOf } = usePeople();
  return (
    <ul className="card-list" data-testid={testId}>
      {items.map((s) => (
        <li key={s.id} className="card">
          <div className="row spread">
            <div>
              <strong>{nameOf(s.workerId)}</strong>{' '}
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
  );
}

/** Oldest first: the worker who has waited longest at the door comes first. */
const byAge = (a: Submission, b: Submission) => a.submittedAt.localeCompare(b.submittedAt);

export function ReviewQueuePage() {
  const { t } = useI18n();
  const justReviewed = (useLocation().state as { reviewed?: string } | null)?.reviewed;
  const pending = useSubmissions({ verdict: 'PENDING_REVIEW' }, { refetchInterval: 30_000 });
  const failed = useSubmissions({ verdict: 'FAIL' }, { refetchInterval: 60_000 });
  const open = (s: Submission) => !s.review?.decision && s.id !== justReviewed;
  const items = (pending.data ?? []).filter(open).sort(byAge);
  const lockouts = (failed.data ?? []).filter((s) => s.lockedOut && open(s)).sort(byAge);

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
        <CaseList items={items} testId="review-queue" />
      )}
      {lockouts.length > 0 && (
        <>
          <h2>{t('review.lockouts')}</h2>
          <p className="muted small">{t('review.lockoutsHint')}</p>
          <CaseList items={lockouts} testId="review-lockouts" />
        </>
      )}
    </section>
  );
}
