import { useI18n } from '@/lib/i18n';

type Props = {
  /** the question, naming who it is about ("김위생 님을 사용 중지할까요?") */
  question: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId: string;
};

/** A second tap for an act that cannot be taken back by the same tap: the question, a red confirm and cancel. */
export function InlineConfirm({ question, confirmLabel, busy, onConfirm, onCancel, testId }: Props) {
  const { t } = useI18n();
  return (
    <span className="row" role="group" aria-label={question}>
      <span>{question}</span>
      <button type="button" className="btn btn-danger btn-small" disabled={busy} onClick={onConfirm} data-testid={testId}>
        {confirmLabel}
      </button>
      <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
