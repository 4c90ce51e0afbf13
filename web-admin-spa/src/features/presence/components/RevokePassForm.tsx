import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { SignaturePassword } from '@/components/SignaturePassword';
import { useI18n } from '@/lib/i18n';
import { useRevokePass } from '../api/revoke';

type Props = {
  passId: string;
  name: string;
  onDone(revoked: boolean): void;
};

/** The revocation of one worker's pass: why (kept on the pass record), signed with the admin's own password. */
export function RevokePassForm({ passId, name, onDone }: Props) {
  const { t } = useI18n();
  const revoke = useRevokePass();
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const why = reason.replace(/\s+/g, ' ').trim();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!why || !password) return;
    revoke.mutate({ passId, reason: why, password }, { onSuccess: () => onDone(true), onSettled: () => setPassword('') });
  };
  return (
    <form className="card" onSubmit={submit} aria-label={t('presence.revoke.title', { name })} data-testid="revoke-form">
      <h2>{t('presence.revoke.title', { name })}</h2>
      <p className="muted small">{t('presence.revoke.effect')}</p>
      <label className="field">
        <span>{t('presence.revoke.reason')}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required data-testid="revoke-reason" />
      </label>
      <SignaturePassword
        label={t('presence.revoke.password')}
        hint={t('presence.revoke.passwordHint')}
        value={password}
        onChange={setPassword}
        testId="revoke-password"
      />
      <ErrorMessage error={revoke.error} />
      <div className="row">
        <button type="submit" className="btn btn-danger" disabled={revoke.isPending || !why || !password} data-testid="revoke-confirm">
          {t('presence.revoke.confirm')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
