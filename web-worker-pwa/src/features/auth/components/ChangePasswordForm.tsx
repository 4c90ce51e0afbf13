import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ApiError } from '@gmp/web-shared/client';
import { useI18n } from '@/lib/i18n';
import { useChangePassword } from '../api/change-password';

/** The worker's own password: the current one, then a new one twice. */
export function ChangePasswordForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'required' | 'mismatch' | null>(null);
  const mutation = useChangePassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!current || !next) return setProblem('required');
    if (next !== repeat) return setProblem('mismatch');
    setProblem(null);
    mutation.mutate({ currentPassword: current, newPassword: next }, { onSuccess });
  }

  const refused = mutation.error instanceof ApiError ? mutation.error.details.map((d) => d.code) : [];
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-current`}>{t('password.current')}</label>
        <input id={`${id}-current`} data-testid="current-password" type="password"
          autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-new`}>{t('password.new')}</label>
        <input id={`${id}-new`} data-testid="new-password" type="password" autoComplete="new-password"
          value={next} onChange={(e) => setNext(e.target.value)} aria-describedby={`${id}-rule`} />
        <p id={`${id}-rule`} className="muted">{t('password.rule')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{t('password.repeat')}</label>
        <input id={`${id}-repeat`} data-testid="repeat-password" type="password" autoComplete="new-password"
          value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </div>
      {problem && (
        <div className="alert alert--error" role="alert">
          <p>{t(problem === 'required' ? 'password.required' : 'password.mismatch')}</p>
        </div>
      )}
      {refused.includes('WRONG_PASSWORD') ? (
        <div className="alert alert--error" role="alert" data-testid="password-error">
          <p>{t('password.wrongCurrent')}</p>
        </div>
      ) : refused.some((code) => code?.startsWith('PASSWORD_')) ? (
        <div className="alert alert--error" role="alert" data-testid="password-error">
          <p>{t('password.weak')}</p>
        </div>
      ) : (
        <ErrorAlert error={mutation.error} testId="password-error" />
      )}
      <button type="submit" className="btn btn--primary btn--block" data-testid="password-submit"
        disabled={mutation.isPending}>
        {t('password.submit')}
      </button>
    </form>
  );
}
