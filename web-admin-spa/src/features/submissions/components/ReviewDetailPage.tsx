import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { conditionText, localized, verdictText } from '@/lib/labels';
import { usePeople } from '@/lib/people';
import { useSubmission } from '../api/submissions';
import { AssessmentView } from './AssessmentView';
import { AnswersTable } from './AnswersTable';
import { DecisionHistory } from './DecisionHistory';
import { ReviewForm } from './ReviewForm';

export function ReviewDetailPage({ submissionId }: { submissionId: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { nameOf, people } = usePeople();
  const submission = useSubmission(submissionId);
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState(false);

  if (submission.isPending) return <Loading />;
  if (submission.error) return <ErrorMessage error={submission.error} onRetry={() => void submission.refetch()} />;
  const s = submission.data;
  const photos = s.photos ?? [];

  return (
    <section className="review-detail">
      <p>
        <Link to="/review">← {t('review.back')}</Link>
      </p>
      <h1>
        {nameOf(s.workerId)} <span className="badge badge-warn">{verdictText(s.verdict, t)}</span>
      </h1>
      <p className="muted">
        {people?.get(s.workerId)?.department && <>{people.get(s.workerId)?.department} · </>}
        {t('review.answers')}: {formatDateTime(s.submittedAt, lang)}
      </p>
      {(s.reasons ?? []).length > 0 && (
        <>
          <h2>{t('review.reasons')}</h2>
          <ul>
            {(s.reasons ?? []).map((r) => (
              <li key={r.ruleId}>
                {localized(r.message, lang) ?? r.ruleId}
                {r.citation?.source && <span className="muted small"> — {r.citation.source}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {(s.conditions ?? []).length > 0 && (
        <ul>
          {(s.conditions ?? []).map((c) => (
            <li key={c.code}>{conditionText(c, lang)}</li>
          ))}
        </ul>
      )}
      <AnswersTable rows={s.answerRows} answers={s.answers} />
      <h2>{t('review.photo')}</h2>
      {photos.length === 0 ? (
        <p className="muted">{t('review.assessmentNone')}</p>
      ) : (
        photos.map((p) => (
          <AssessmentView
            key={p.imageKey}
            analysisId={p.analysisId}
            recorded={(s.assessments ?? []).find((a) => a.imageKey === p.imageKey || a.itemId === p.itemId)}
          />
        ))
      )}
      {s.review?.decision ? (
        <>
          <DecisionHistory reviews={s.reviews ?? [s.review]} />
          {corrected && (
            <p className="success" role="status">
              {t('review.corrected')}
              {s.verdict !== 'FAIL' && !s.pass && <> {t('review.noPassAfterCorrection')}</>}
            </p>
          )}
          {/* only the latest decision, signed and whole, is corrected: a correction names its signature */}
          {correcting && s.review.signature ? (
            <ReviewForm
              key={s.review.signature.hash}
              submissionId={s.id}
              offered={s.reviewConditions}
              corrects={s.review.signature.hash}
              onCancel={() => setCorrecting(false)}
              onDone={() => {
                setCorrecting(false);
                setCorrected(true);
              }}
            />
          ) : (
            s.review.signature &&
            s.review.signatureStatus === 'VALID' && (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setCorrected(false);
                  setCorrecting(true);
                }}
                data-testid="review-correct"
              >
                {t('review.correct')}
              </button>
            )
          )}
        </>
      ) : (
        <ReviewForm submissionId={s.id} offered={s.reviewConditions} onDone={() => navigate('/review', { state: { reviewed: s.id } })} />
      )}
    </section>
  );
}
