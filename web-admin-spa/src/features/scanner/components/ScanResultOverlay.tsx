import { useEffect, useRef } from 'react';
import { useI18n } from '@/lib/i18n';
import { describeOutcome, type OutcomeFix } from '../lib/describe-outcome';
import type { ScanOutcome } from '../lib/scan-outcome';

type Props = {
  outcome: ScanOutcome;
  onDismiss: () => void;
  autoDismissMs?: { accepted: number; rejected: number };
  /** the one-tap fix of an anti-passback refusal; absent where the device cannot reach the server */
  onFix?: (fix: OutcomeFix) => void;
  fixing?: boolean;
};

const DEFAULT_DISMISS = { accepted: 3_000, rejected: 8_000 };

const ICONS = { ok: '✓', warn: '!', bad: '✕' } as const;

export function ScanResultOverlay({ outcome, onDismiss, autoDismissMs = DEFAULT_DISMISS, onFix, fixing = false }: Props) {
  const { lang, t } = useI18n();
  const view = describeOutcome(outcome, lang, t);
  const closeRef = useRef<HTMLButtonElement>(null);
  const fix = onFix ? view.fix : undefined;
  // A conditional entry waits for the guard to confirm the conditions; a refusal with a fix waits for the tap.
  const waits = view.state === 'conditional' || fix !== undefined;

  const ms = outcome.accepted ? autoDismissMs.accepted : autoDismissMs.rejected;
  useEffect(() => {
    if (waits) return;
    const timer = window.setTimeout(onDismiss, ms);
    return () => window.clearTimeout(timer);
  }, [outcome, onDismiss, ms, waits]);

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
      data-state={view.state}
      data-tone={view.tone}
      data-provisional={outcome.provisional ? 'true' : 'false'}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="scan-result-title"
      aria-describedby="scan-result-body"
      onClick={waits ? undefined : onDismiss}
    >
      <div className="scan-result-icon" aria-hidden="true">
        {ICONS[view.tone]}
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
          <div
            className={`scan-result-lines${view.state === 'conditional' ? ' scan-result-conditions' : ''}`}
            data-testid="scan-result-details"
          >
            {outcome.accepted && <h3>{t('result.conditions')}</h3>}
            <ul>
              {view.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {view.zones && <p className="scan-result-dept">{view.zones}</p>}
        {outcome.kind && (
          <p className="scan-result-dept" data-testid="scan-result-kind">
            {t(outcome.kind === 'MANUAL' ? 'result.kind.MANUAL' : 'result.kind.CORRECTION')}
          </p>
        )}
        {outcome.codeKind && (
          <p className="scan-result-dept" data-testid="scan-result-code-kind" data-kind={outcome.codeKind}>
            {t(outcome.codeKind === 'ROTATING' ? 'result.codeKind.ROTATING' : 'result.codeKind.STATIC')}
          </p>
        )}
        {view.provisionalNote && (
          <p className="scan-result-provisional" data-testid="scan-result-provisional">
            {view.provisionalNote}
          </p>
        )}
        {view.state === 'conditional' && <p className="scan-result-hint">{t('result.conditional.hint')}</p>}
      </div>
      <div className="scan-result-actions">
        {fix && (
          <button
            type="button"
            className="btn scan-result-fix"
            data-testid="scan-result-fix"
            disabled={fixing}
            onClick={(e) => {
              e.stopPropagation();
              onFix?.(fix);
            }}
          >
            {fixing ? t('result.fix.busy') : t(fix === 'EXIT_THEN_ENTER' ? 'result.fix.EXIT_THEN_ENTER' : 'result.fix.LOG_EXIT')}
          </button>
        )}
        {view.state === 'conditional' ? (
          <button
            ref={closeRef}
            type="button"
            className="btn scan-result-confirm"
            data-testid="scan-result-confirm"
            onClick={onDismiss}
          >
            {t('result.conditional.confirm')}
          </button>
        ) : (
          <button ref={closeRef} type="button" className="btn btn-ghost scan-result-close" onClick={onDismiss}>
            {t('result.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
