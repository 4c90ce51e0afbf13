import { useEffect, useRef } from 'react';
import { formatDateTime, useI18n } from '@/lib/i18n';
import type { Reason, Submission } from '@gmp/web-shared/api';

interface Props {
  submission: Submission;
  onShowPass: () => void;
  onAnswerAgain: () => void;
  onCheckAgain: () => void;
  onHome: () => void;
  checking?: boolean;
}

const ICON: Record<Submission['verdict'], string> = {
  PASS: '✓',
  CONDITIONAL_PASS: '!',
  ACTION_REQUIRED: '↻',
  FAIL: '✕',
  PENDING_REVIEW: '…',
};

function ReasonList({ title, reasons, testId }: { title: string; reasons: Reason[]; testId: string }) {
  const { t, loc } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={r.ruleId}>
            <p>{loc(r.message)}</p>
            {/* a worker sees a plain reason and a verified citation only; a plant's own rule is called that, not law */}
            {/* (the server sends a worker a plant's own rule without its wording) */}
            {r.citation && r.citation.verified !== false && (r.citation.kind === 'SITE_POLICY' || r.citation.source) && (
              <p className="reasons__cite" data-testid="reason-citation">
                {r.citation.kind === 'SITE_POLICY' ? t('verdict.sitePolicy') : t('verdict.citation', { source: r.citation.source ?? '' })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the rule engine decided, and what the worker does next, for each of the five verdicts. */
export function VerdictView({ submission, onShowPass, onAnswerAgain, onCheckAgain, onHome, checking }: Props) {
  const { t, loc, lang } = useI18n();
  const { verdict, reasons, conditions } = submission;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the outcome so a screen reader announces it at once.
  useEffect(() => headingRef.current?.focus(), [verdict]);

  return (
    <div className={`verdict verdict--${verdict.toLowerCase()}`} data-testid={`verdict-${verdict}`}>
      <header className="verdict__header">
        <span className="verdict__icon" aria-hidden="true">
          {ICON[verdict]}
        </span>
        <h1 ref={headingRef} tabIndex={-1} className="verdict__title">
          {t(`verdict.${verdict}.title`)}
        </h1>
        <p className="verdict__body">{t(`verdict.${verdict}.body`)}</p>
        <p className="verdict__time">{t('verdict.submittedAt', { time: formatDateTime(submission.submittedAt, lang) })}</p>
      </header>

      {verdict === 'CONDITIONAL_PASS' && conditions.length > 0 && (
        <section className="card card--emphasis" data-testid="verdict-conditions">
          <h2>{t('verdict.conditions')}</h2>
          <ol className="conditions">
            {conditions.map((c) => (
              <li key={c.code}>{loc(c.message)}</li>
            ))}
          </ol>
        </section>
      )}

      <ReasonList
        title={verdict === 'ACTION_REQUIRED' ? t('verdict.toFix') : t('verdict.reasons')}
        reasons={reasons}
        testId="verdict-reasons"
      />

      {verdict === 'FAIL' && submission.returnToWork && (
        <section className="card card--emphasis" data-testid="verdict-return">
          <h2>{t('verdict.returnToWork')}</h2>
          <p>{loc(submission.returnToWork)}</p>
        </section>
      )}

      <div className="actions">
        {(verdict === 'PASS' || verdict === 'CONDITIONAL_PASS') && (
          <button type="button" className="btn btn--primary btn--block" data-testid="show-pass" onClick={onShowPass}>
            {t('verdict.showPass')}
          </button>
        )}
        {verdict === 'ACTION_REQUIRED' && (
          <button type="button" className="btn btn--primary btn--block" data-testid="answer-again" onClick={onAnswerAgain}>
            {t('verdict.answerAgain')}
          </button>
        )}
        {verdict === 'PENDING_REVIEW' && (
          <button
            type="button"
            className="btn btn--primary btn--block"
            data-testid="check-again"
            onClick={onCheckAgain}
            disabled={checking}
          >
            {checking ? t('common.loading') : t('verdict.checkAgain')}
          </button>
        )}
        <button type="button" className="btn btn--secondary btn--block" onClick={onHome}>
          {t('verdict.home')}
        </button>
      </div>
    </div>
  );
}
