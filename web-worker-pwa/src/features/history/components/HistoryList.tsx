import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime, useI18n } from '@/lib/i18n';
import type { Submission } from '@gmp/web-shared/api';
import { useSubmissions } from '../api/get-submissions';

interface Props {
  onOpen: (submission: Submission) => void;
}

export function HistoryList({ onOpen }: Props) {
  const { t, lang } = useI18n();
  const query = useSubmissions();

  if (query.data === undefined) {
    if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    return <p role="status">{t('common.loading')}</p>;
  }

  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="muted" data-testid="history-empty">{t('history.empty')}</p>;

  return (
    <>
      <ul className="history" data-testid="history-list">
        {items.map((s) => {
          const when = formatDateTime(s.submittedAt, lang);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="history__row"
                data-testid={`history-${s.id}`}
                onClick={() => onOpen(s)}
              >
                <span className="history__time">{when}</span>
                <span className={`badge badge--${s.verdict.toLowerCase()}`}>{t(`verdict.${s.verdict}.title`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {query.hasNextPage && (
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? t('common.loading') : t('history.more')}
        </button>
      )}
      {query.isFetchNextPageError && <ErrorAlert error={query.error} />}
    </>
  );
}
