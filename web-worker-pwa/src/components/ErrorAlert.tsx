import { errorMessage, errorReference } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';

interface Props {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** An API or network failure as one plain sentence, with a retry where retrying can help. */
export function ErrorAlert({ error, onRetry, testId = 'error-alert' }: Props) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const reference = errorReference(error);
  return (
    <div className="alert alert--error" role="alert" data-testid={testId}>
      <p>{errorMessage(error, lang)}</p>
      {reference && <p className="alert__ref">{t('error.reference', { id: reference })}</p>}
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
