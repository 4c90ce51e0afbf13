import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@gmp/web-shared/client';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/api';
import { useChangePassword } from '../api/auth-api';

/** The admin's own password: required after a reset, and there for a change at any time. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const required = useSession()?.passwordChangeRequired ?? false;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'password.required' | 'password.mismatch' | null>(null);
  const change = useChangePassword();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!current || !next) return setProblem('password.required');
    if (next !== repeat) return setProblem('password.mismatch');
    setProblem(null);
    change.mutate({ currentPassword: current, newPassword: next }, { onSuccess: () => navigate('/', { replace: true }) });
  };

  const codes = change.error instanceof ApiError && Array.isArray(change.error.details)
    ? (change.error.details as { code?: string }[]).map((d) => d.code ?? '')
    : [];
  return (
    <form className="card login-form" onSubmit={submit} noValidate>
      <h1>{t('password.title')}</h1>
      {required && (
        <p className="notice" role="status" data-testid="password-required">
          {t('password.requiredAfterReset')}
        </p>
      )}
      <label className="field">
        <span>{t('password.current')}</span>
        <input data-testid="current-password" type="password" autoComplete="current-password" value={current}
          onChange={(e) => setCurrent(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('password.new')}</span>
        <input data-testid="new-password" type="password" autoComplete="new-password" value={next}
          onChange={(e) => setNext(e.target.value)} />
        <small className="muted">{t('password.rule')}</small>
      </label>
      <label className="field">
        <span>{t('password.repeat')}</span>
        <input data-testid="repeat-password" type="password" autoComplete="new-password" value={repeat}
          onChange={(e) => setRepeat(e.target.value)} />
      </label>
      {problem && (
        <p className="error" role="alert">
          {t(problem)}
        </p>
      )}
      {codes.includes('WRONG_PASSWORD') ? (
        <p className="error" role="alert" data-testid="password-error">{t('password.wrongCurrent')}</p>
      ) : codes.some((code) => code.startsWith('PASSWORD_')) ? (
        <p className="error" role="alert" data-testid="password-error">{t('password.weak')}</p>
      ) : (
        <ErrorMessage error={change.error} />
      )}
      <button type="submit" className="btn btn-primary" data-testid="password-submit" disabled={change.isPending}>
        {t('password.submit')}
      </button>
    </form>
  );
}
