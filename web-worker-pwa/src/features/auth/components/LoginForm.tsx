import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/lib/i18n';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState(false);
  const mutation = useLogin();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!loginId.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutate({ loginId: loginId.trim(), password }, { onSuccess });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="muted">
        {t('login.intro')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-login`}>{t('login.loginId')}</label>
        <input
          id={`${id}-login`}
          data-testid="login-id"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          value={loginId}
          onChange={(e) => setLoginId(e.target.value)}
          aria-invalid={missing && !loginId.trim() ? true : undefined}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('login.password')}</label>
        <input
          id={`${id}-password`}
          data-testid="password"
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={missing && !password ? true : undefined}
          required
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showPassword}
            onChange={(e) => setShowPassword(e.target.checked)}
          />
          {t('login.showPassword')}
        </label>
      </div>
      {missing && (
        <div className="alert alert--error" role="alert">
          <p>{t('login.required')}</p>
        </div>
      )}
      <ErrorAlert error={mutation.error} testId="login-error" />
      <button
        type="submit"
        className="btn btn--primary btn--block"
        data-testid="login-submit"
        disabled={mutation.isPending}
      >
        {mutation.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
