import type { Pass, Submission } from '@gmp/web-shared/api';
import { Link } from 'react-router';
import { formatTime, useI18n } from '@/lib/i18n';

interface Props {
  /** the checklist that decides today (see useToday), null before the first, undefined while unknown (offline) */
  today: Submission | null | undefined;
  /** the worker's valid pass (the app passes it in from the pass feature), or null */
  pass: Pick<Pass, 'expiresAt' | 'verdict' | 'conditions'> | null | undefined;
}

/**
 * Home's answer to "where do I stand today": the state in one sentence and the one next step — show the pass,
 * wait for the supervisor, why not today and when to come back, or what to fix and check again.
 */
export function TodayCard({ today, pass }: Props) {
  const { t, loc, lang } = useI18n();
  const validPass = pass && Date.parse(pass.expiresAt) > Date.now() ? pass : null;

  if (validPass) {
    const conditional = validPass.verdict === 'CONDITIONAL_PASS' && (validPass.conditions?.length ?? 0) > 0;
    return (
      <section className={`card today ${conditional ? 'card--warning' : 'card--ok'}`} data-testid="today-pass" data-state="pass">
        <h2>{conditional ? t('today.conditional.title') : t('today.pass.title')}</h2>
        <p>{t('home.passValid', { time: formatTime(validPass.expiresAt, lang) })}</p>
        {conditional && (
          <ol className="conditions conditions--large">
            {validPass.conditions!.map((c) => (
              <li key={c.code}>{loc(c.message)}</li>
            ))}
          </ol>
        )}
        <Link to="/pass" className="btn btn--primary btn--block btn--large" data-testid="today-next">
          {t('home.showPass')}
        </Link>
      </section>
    );
  }

  if (today?.verdict === 'PENDING_REVIEW') {
    return (
      <section className="card card--info today" data-testid="today-pending" data-state="pending">
        <h2>{t('verdict.PENDING_REVIEW.title')}</h2>
        <p>{t('today.pending.body', { time: formatTime(today.submittedAt, lang) })}</p>
        <Link to={`/result/${encodeURIComponent(today.id)}`} className="btn btn--primary btn--block btn--large" data-testid="today-next">
          {t('today.pending.next')}
        </Link>
      </section>
    );
  }

  if (today?.verdict === 'FAIL') {
    return (
      <section className="card card--danger today" data-testid="today-fail" data-state="fail">
        <h2>{t('verdict.FAIL.title')}</h2>
        <ul className="reasons">
          {today.reasons.map((r) => (
            <li key={r.ruleId}>{loc(r.message)}</li>
          ))}
        </ul>
        {today.returnToWork && (
          <p data-testid="today-return">
            <strong>{t('verdict.returnToWork')}: </strong>
            {loc(today.returnToWork)}
          </p>
        )}
        <p className="muted">{t('today.fail.next')}</p>
      </section>
    );
  }

  if (today?.verdict === 'ACTION_REQUIRED') {
    return (
      <section className="card card--warning today" data-testid="today-action" data-state="action">
        <h2>{t('verdict.ACTION_REQUIRED.title')}</h2>
        <ul className="reasons">
          {today.reasons.map((r) => (
            <li key={r.ruleId}>{loc(r.message)}</li>
          ))}
        </ul>
        <Link
          to={`/checklist?again=${encodeURIComponent(today.id)}`}
          className="btn btn--primary btn--block btn--large"
          data-testid="today-next"
        >
          {t('verdict.answerAgain')}
        </Link>
      </section>
    );
  }

  return (
    <section className="card today" data-testid="today-none" data-state="none">
      <p>{t('home.noPass')}</p>
      <Link to="/checklist" className="btn btn--primary btn--block btn--large" data-testid="start-checklist">
        {t('home.start')}
      </Link>
    </section>
  );
}
