import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { hasMessage, useI18n } from '@/lib/i18n';
import { localized } from '@/lib/labels';
import type { MessageKey } from '@/lib/messages';
import { useAnalysis } from '../api/submissions';
import { PhotoZoom } from './PhotoZoom';
import type { Assessment, PhotoAssessment } from '../api/schemas';

const FIELDS: (keyof Assessment)[] = [
  'imageUsable',
  'qualityIssue',
  'woundPresent',
  'woundType',
  'location',
  'severity',
  'infectionSigns',
  'bleeding',
  'covered',
  'coverType',
  'confidence',
  'summary',
];

type Props = {
  analysisId?: string | null;
  /** the assessment stored with the verdict, shown when there is no analysis to fetch */
  recorded?: PhotoAssessment;
};

/** The wound photo (a presigned GET from ai-service) beside what the model saw in it. */
export function AssessmentView({ analysisId, recorded }: Props) {
  const { t, lang } = useI18n();
  const analysis = useAnalysis(analysisId);
  const [photoFailed, setPhotoFailed] = useState(false);
  const [zoomed, setZoomed] = useState(false);

  if (analysisId && analysis.isPending) return <Loading />;
  if (analysisId && analysis.error) return <ErrorMessage error={analysis.error} onRetry={() => void analysis.refetch()} />;
  const assessment = analysis.data?.assessment ?? recorded?.assessment;
  const imageUrl = analysis.data?.imageUrl;
  const modelId = analysis.data?.modelId ?? recorded?.modelId;
  const pending = analysis.data?.status === 'PENDING';
  const why =
    localized(analysis.data?.reasonMessage, lang) ??
    (analysis.data?.reason ? (hasMessage(`analysis.${analysis.data.reason}`) ? t(`analysis.${analysis.data.reason}` as MessageKey) : t('analysis.OTHER')) : undefined);

  const show = (key: keyof Assessment): string => {
    const value = assessment?.[key];
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (key === 'confidence' && typeof value === 'number') return `${Math.round(value * 100)}%`;
    return String(value);
  };

  return (
    <div className="review-grid">
      <figure>
        {imageUrl && !photoFailed ? (
          <>
            <button type="button" className="review-photo__open" onClick={() => setZoomed(true)} aria-label={t('review.zoomIn')} data-testid="review-photo-zoom">
              <img
                className="review-photo"
                src={imageUrl}
                alt={t('review.photo')}
                data-testid="review-photo"
                referrerPolicy="no-referrer"
                onError={() => setPhotoFailed(true)}
              />
            </button>
            <figcaption className="muted small">{t('review.zoomIn')}</figcaption>
            {zoomed && <PhotoZoom src={imageUrl} alt={t('review.photo')} onClose={() => setZoomed(false)} />}
          </>
        ) : (
          <p className="notice">{t('review.photoMissing')}</p>
        )}
      </figure>
      <div>
        <h3>{t('review.assessment')}</h3>
        {why && (
          <p className="notice" data-testid="analysis-reason">
            {why}
          </p>
        )}
        {!assessment ? (
          <p className="muted">{pending ? t('review.assessmentPending') : t('review.assessmentNone')}</p>
        ) : (
          <dl className="assessment" data-testid="assessment">
            {FIELDS.map((key) => (
              <div key={key} style={{ display: 'contents' }}>
                <dt>{t(`assess.${key}` as MessageKey)}</dt>
                <dd>{show(key)}</dd>
              </div>
            ))}
          </dl>
        )}
        {modelId && (
          <p className="muted small">
            {t('review.model')}: {modelId}
          </p>
        )}
      </div>
    </div>
  );
}
