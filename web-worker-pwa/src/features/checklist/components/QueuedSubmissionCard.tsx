import { formatTime, useI18n } from '@/lib/i18n';
import type { QueuedSubmission } from '../lib/outbox';

interface Props {
  entry: QueuedSubmission;
  /** After a refusal: start the checklist over (the app removes the entry and opens the form). */
  onAnswerAgain: () => void;
}

/** Home's and the checklist screen's answer while a checklist waits on the phone: it goes by itself. */
export function QueuedSubmissionCard({ entry, onAnswerAgain }: Props) {
  const { t, lang } = useI18n();
  if (entry.refused) {
    return (
      <section className="card card--danger today" role="alert" data-testid="submit-refused" data-code={entry.refused.code}>
        <h2>{t('outbox.refused.title')}</h2>
        <p>{t('outbox.refused.body', { time: formatTime(entry.queuedAt, lang) })}</p>
        <button type="button" className="btn btn--primary btn--block btn--large" data-testid="submit-refused-again" onClick={onAnswerAgain}>
          {t('outbox.refused.again')}
        </button>
      </section>
    );
  }
  return (
    <section className="card card--info today" role="status" data-testid="submit-queued" data-state="queued">
      <h2>{t('outbox.title')}</h2>
      <p>
        <strong>{t('checklist.queuedOffline')}</strong>
      </p>
      <p>{t('outbox.body', { time: formatTime(entry.queuedAt, lang) })}</p>
    </section>
  );
}
