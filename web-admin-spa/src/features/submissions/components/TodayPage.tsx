import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatTime, localDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { localized, verdictText } from '@/lib/labels';
import { usePeople } from '@/lib/people';
import { useSubmissions } from '../api/submissions';
import { summarizeDay, VERDICTS } from '../api/summary';

export function TodayPage() {
  const { t, lang } = useI18n();
  const { nameOf } = usePeople();
  const date = localDate();
  const today = useSubmissions({ date }, { refetchInterval: 60_000 });
  const summary = today.data ? summarizeDay(today.data) : null;
  // decided by a supervisor today: where a signed decision is opened to be corrected
  const decided = (today.data ?? []).filter((s) => s.review?.decision);

  return (
    <section>
      <h1>
        {t('today.title')} <span className="muted small">{date}</span>
      </h1>
      <ErrorMessage error={today.error} onRetry={() => void today.refetch()} />
      {today.isPending && <Loading />}
      {summary && (
        <>
          <div className="stats" data-testid="today-counts">
            {VERDICTS.map((v) => (
              <div key={v} className="stat" data-testid={`count-${v}`}>
                <strong>{summary.byVerdict[v] ?? 0}</strong>
                {verdictText(v, t)}
                {v === 'PENDING_REVIEW' && (summary.byVerdict[v] ?? 0) > 0 && (
                  <div>
                    <Link to="/review">{t('review.open')}</Link>
                  </div>
                )}
              </div>
            ))}
            <div className="stat">
              <strong>{summary.submissions}</strong>
              {t('today.total')}
            </div>
          </div>
          <p className="muted small">{t('today.workersNote')}</p>
          {decided.length > 0 && (
            <>
              <h2>{t('today.decided')}</h2>
              <ul className="plain" data-testid="today-decided">
                {decided.map((s) => (
                  <li key={s.id}>
                    <Link to={`/review/${encodeURIComponent(s.id)}`} data-testid={`decided-${s.id}`}>
                      {nameOf(s.workerId)} · {formatTime(s.submittedAt, lang)} · {verdictText(s.verdict, t)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('today.latestFails')}</h2>
          {summary.latestFails.length === 0 ? (
            <p className="muted">{t('today.noFails')}</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="today-fails">
                <thead>
                  <tr>
                    <th scope="col">{t('today.col.time')}</th>
                    <th scope="col">{t('today.col.worker')}</th>
                    <th scope="col">{t('today.col.reasons')}</th>
                    <th scope="col">{t('today.col.return')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.latestFails.map((s) => (
                    <tr key={s.id}>
                      <td>{formatTime(s.submittedAt, lang)}</td>
                      <td>{nameOf(s.workerId)}</td>
                      <td>
                        <ul className="plain">
                          {(s.reasons ?? []).map((r) => (
                            <li key={r.ruleId}>{localized(r.message, lang) ?? r.ruleId}</li>
                          ))}
                        </ul>
                      </td>
                      <td>{localized(s.returnToWork, lang) ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
