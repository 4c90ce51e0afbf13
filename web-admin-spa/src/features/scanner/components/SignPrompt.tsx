import { useState, type FormEvent } from 'react';
import { SignaturePassword } from '@/components/SignaturePassword';
import { useI18n } from '@/lib/i18n';

type Props = {
  /** what the guard is about to sign, in their words (the worker and the act) */
  what: string;
  busy: boolean;
  onSign(password: string): void;
  onCancel(): void;
};

/**
 * A manual entry or a correction overrides what a scan said, so the guard signs it with their own password,
 * re-entered each time and never kept: at an unattended gate tablet anyone can scan, but not let someone in by name.
 */
export function SignPrompt({ what, busy, onSign, onCancel }: Props) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) return;
    onSign(password);
    setPassword('');
  };
  return (
    <div className="sign-prompt" role="dialog" aria-modal="true" aria-labelledby="sign-prompt-title">
      <form className="card" onSubmit={submit} data-testid="sign-prompt">
        <h2 id="sign-prompt-title">{t('scanner.sign.title')}</h2>
        <p>{what}</p>
        <SignaturePassword
          label={t('scanner.sign.password')}
          hint={t('scanner.sign.hint')}
          value={password}
          onChange={setPassword}
          testId="sign-password"
          autoFocus
        />
        <div className="row">
          <button type="submit" className="btn" disabled={busy || !password} data-testid="sign-confirm">
            {t('scanner.sign.confirm')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('scanner.sign.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
