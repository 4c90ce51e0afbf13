import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { conditionText, localized, verdictText } from '@/lib/labels';
import type { Review } from '../api/schemas';

/** Every decision on the submission, oldest first: the signed original and each correction appended after it. */
export function DecisionHistory({ reviews }: { reviews: Review[] }) {
  const { t, lang } = useI18n();
  return (
    <>
      <h2>{t('review.history')}</h2>
      <ol className="card-list" data-testid="decision-history">
        {reviews.map((r, i) => {
          const s = r.signature;
          return (
            <li key={s?.hash ?? i} className="card" data-testid={`decision-${i}`}>
              <div className="row spread">
                <strong>
                  {s?.corrects ? `${t('review.correction')} · ` : ''}
                  {verdictText(r.previousVerdict, t)} → {verdictText(r.verdict, t)}
                </strong>
                <span className="muted small">{formatDateTime(r.reviewedAt, lang)}</span>
              </div>
              {(r.conditions ?? []).length > 0 && (
                <ul className="plain">
                  {(r.conditions ?? []).map((c) => (
                    <li key={c.code}>{conditionText(c, lang)}</li>
                  ))}
                </ul>
              )}
              {r.note && <p>{r.note}</p>}
              <p className="small">
                {s ? (
                  <>
                    {t('review.signedBy')}: {s.signerName} · {localized(s.meaningText, lang) ?? s.meaning}
                    {s.corrects && <> · {t('review.corrects', { hash: s.corrects.slice(0, 12) })}</>}
                  </>
                ) : (
                  t('review.unsigned')
                )}{' '}
                {r.signatureStatus === 'TAMPERED' ? (
                  <span className="badge badge-bad" data-testid={`signature-${i}`}>
                    {t('review.signatureTampered')}
                  </span>
                ) : r.signatureStatus === 'VALID' ? (
                  <span className="badge badge-ok" data-testid={`signature-${i}`}>
                    {t('review.signatureValid')}
                  </span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
