import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import { NotAdminError, useLogin } from '../api/auth-api';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useI18n();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useLogin();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!loginId.trim() || !password) return setMissing(true);
    setMissing(false);
    login.mutate({ loginId: loginId.trim(), password }, { onSuccess });
  };

  return (
    <form className="card login-form" onSubmit={submit} noValidate>
      <h1>{t('login.title')}</h1>
      <label className="field">
        <span>{t('login.loginId')}</span>
        <input
          data-testid="login-id"
          name="loginId"
          autoComplete="username"
          value={loginId}
          onChange={(e) => setLoginId(e.target.value)}
          autoFocus
          required
        />
      </label>
      <label className="field">
        <span>{t('login.password')}</span>
        <input
          data-testid="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {missing && (
        <p className="error" role="alert">
          {t('login.required')}
        </p>
      )}
      {login.error instanceof NotAdminError ? (
        <p className="notice" role="alert">
          {t('login.notAdmin', { name: login.error.displayName })}
        </p>
      ) : (
        <ErrorMessage error={login.error} />
      )}
      <button type="submit" className="btn btn-primary" data-testid="login-submit" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
