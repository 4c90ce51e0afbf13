import { useEffect, useRef } from 'react';
import { useI18n } from '@/lib/i18n';
import { describeOutcome } from '../lib/describe-outcome';
import type { ScanOutcome } from '../lib/scan-outcome';

type Props = { outcome: ScanOutcome; onDismiss: () => void; autoDismissMs?: { accepted: number; rejected: number } };

const DEFAULT_DISMISS = { accepted: 3_000, rejected: 8_000 };

export function ScanResultOverlay({ outcome, onDismiss, autoDismissMs = DEFAULT_DISMISS }: Props) {
  const { lang, t } = useI18n();
  const view = describeOutcome(outcome, lang, t);
  const closeRef = useRef<HTMLButtonElement>(null);

  const ms = outcome.accepted ? autoDismissMs.accepted : autoDismissMs.rejected;
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, ms);
    return () => window.clearTimeout(timer);
  }, [outcome, onDismiss, ms]);

  // A dialog takes the focus while it shows and gives it back (to the code field, say) when it goes.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus({ preventScroll: true });
    return () => previous?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onDismiss();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDismiss]);

  return (
    <div
      className={`scan-result scan-result-${view.tone}`}
      data-testid="scan-result"
      data-result={outcome.accepted ? 'ACCEPTED' : 'REJECTED'}
      data-provisional={outcome.provisional ? 'true' : 'false'}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="scan-result-title"
      aria-describedby="scan-result-body"
      onClick={onDismiss}
    >
      <div className="scan-result-icon" aria-hidden="true">
        {outcome.accepted ? '✓' : '✕'}
      </div>
      <h2 id="scan-result-title" className="scan-result-title">
        {view.title}
      </h2>
      <div id="scan-result-body">
        <p className="scan-result-worker" data-testid="scan-result-worker">
          {view.workerName}
        </p>
        {view.department && (
          <p className="scan-result-dept">
            {t('result.department')}: {view.department}
          </p>
        )}
        {view.lines.length > 0 && (
          <div className="scan-result-lines" data-testid="scan-result-details">
            {outcome.accepted && <h3>{t('result.conditions')}</h3>}
            <ul>
              {view.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {view.zones && <p className="scan-result-dept">{view.zones}</p>}
        {view.provisionalNote && (
          <p className="scan-result-provisional" data-testid="scan-result-provisional">
            {view.provisionalNote}
          </p>
        )}
      </div>
      <button ref={closeRef} type="button" className="btn btn-ghost scan-result-close" onClick={onDismiss}>
        {t('result.dismiss')}
      </button>
    </div>
  );
}
