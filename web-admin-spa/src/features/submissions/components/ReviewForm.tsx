import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { SignaturePassword } from '@/components/SignaturePassword';
import { useI18n } from '@/lib/i18n';
import { conditionText } from '@/lib/labels';
import type { MessageKey } from '@/lib/messages';
import { DECISIONS, type Decision } from '../api/schemas';
import type { Condition } from '@gmp/web-shared/api';
import { useCorrection, useReview } from '../api/submissions';

const DECISION_LABEL: Record<Decision, MessageKey> = {
  APPROVE: 'review.approve',
  APPROVE_WITH_CONDITIONS: 'review.approveWithConditions',
  REJECT: 'review.reject',
};

/**
 * A signed decision on the case, or — with `corrects`, the hash of the signature of its latest decision — a signed
 * correction of that decision, which must say why (the reason is kept as the correction's note).
 * `offered`: the conditions the server offers for this case (its own rule pack's, in its words).
 */
export function ReviewForm({
  submissionId,
  offered,
  onDone,
  corrects,
  onCancel,
}: {
  submissionId: string;
  offered?: Condition[];
  onDone: () => void;
  corrects?: string;
  onCancel?: () => void;
}) {
  const { t, lang } = useI18n();
  const decide = useReview(submissionId, onDone);
  const correct = useCorrection(submissionId, onDone);
  const review = corrects ? correct : decide;
  // What the server offers, in the case's rule pack's words: the app keeps no list of its own.
  const choices = offered ?? [];
  const [decision, setDecision] = useState<Decision | null>(null);
  const [conditions, setConditions] = useState<string[]>([]);
  const [note, setNote] = useState('');
  // the decision is an electronic signature: the reviewer's password, re-entered each time, never kept
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return;
    if (decision === 'APPROVE_WITH_CONDITIONS' && conditions.length === 0) return setProblem('review.conditionsRequired');
    if (corrects && !note.trim()) return setProblem('review.reasonRequired');
    if (decision === 'REJECT' && !note.trim()) return setProblem('review.noteRequired');
    if (!password) return setProblem('review.passwordRequired');
    setProblem(null);
    const chosen = decision === 'APPROVE_WITH_CONDITIONS' ? { conditions } : {};
    const settled = { onSettled: () => setPassword('') };
    if (corrects) correct.mutate({ corrects, decision, ...chosen, reason: note.trim(), password }, settled);
    else decide.mutate({ decision, ...chosen, note: note.trim(), password }, settled);
  };

  const toggle = (code: string) =>
    setConditions((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));

  return (
    <form className="card" onSubmit={submit} data-testid={corrects ? 'correction-form' : 'review-form'}>
      {corrects && (
        <>
          <h2>{t('review.correctTitle')}</h2>
          <p className="muted small">{t('review.correctHint')}</p>
        </>
      )}
      <fieldset>
        <legend>{t('review.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="radio">
            <input
              type="radio"
              name="decision"
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
              data-testid={`decision-${d}`}
            />
            {t(DECISION_LABEL[d])}
          </label>
        ))}
      </fieldset>
      {decision === 'APPROVE_WITH_CONDITIONS' && (
        <fieldset>
          <legend>{t('review.conditions')}</legend>
          {choices.length === 0 && (
            <p className="muted" data-testid="conditions-unavailable">
              {t('review.conditionsUnavailable')}
            </p>
          )}
          {choices.map((c) => (
            <label key={c.code} className="radio">
              <input
                type="checkbox"
                checked={conditions.includes(c.code)}
                onChange={() => toggle(c.code)}
                data-testid={`condition-${c.code}`}
              />
              {conditionText(c, lang)}
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        <span>{t(corrects ? 'review.reason' : 'review.note')}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} data-testid="review-note" />
      </label>
      <SignaturePassword
        label={t('review.password')}
        hint={t('review.passwordHint')}
        value={password}
        onChange={setPassword}
        testId="review-password"
      />
      {problem && (
        <p className="error" role="alert">
          {t(problem)}
        </p>
      )}
      <ErrorMessage error={review.error} />
      <button
        type="submit"
        className={decision === 'REJECT' ? 'btn btn-danger' : 'btn btn-ok'}
        disabled={!decision || review.isPending}
        data-testid="review-submit"
      >
        {review.isPending ? t('review.submitting') : t(corrects ? 'review.correctSubmit' : 'review.submit')}
      </button>
      {onCancel && (
        <button type="button" className="btn btn-secondary" onClick={onCancel} data-testid="review-cancel">
          {t('review.cancel')}
        </button>
      )}
    </form>
  );
}
